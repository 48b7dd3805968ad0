package org.familyhub.directory.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.familyhub.directory.domain.Attribute;
import org.familyhub.directory.domain.Location;
import org.familyhub.directory.domain.Organization;
import org.familyhub.directory.domain.Phone;
import org.familyhub.directory.domain.Schedule;
import org.familyhub.directory.domain.Service;
import org.jspecify.annotations.Nullable;

/**
 * A service as the fully nested document it was (or could have been) loaded from: the form editors
 * change, imports bring and exports give. Writing the document back changes nothing, so children
 * come in a fixed order (by id) and numbers without trailing zeros.
 */
public final class ServiceDocumentMapping {

    private ServiceDocumentMapping() {
    }

    public static HsdsDocuments.Service document(Service s) {
        Organization o = s.getOrganization();
        return new HsdsDocuments.Service(id(s.getId()), s.getName(), s.getAlternateName(), s.getDescription(),
                s.getUrl(), s.getEmail(), s.getStatus(), s.getInterpretationServices(), s.getApplicationProcess(),
                s.getFeesDescription(), s.getEligibilityDescription(), number(s.getMinimumAge()),
                number(s.getMaximumAge()), s.getAlert(), date(s.getAssuredDate()), s.getAssurerEmail(),
                new HsdsDocuments.Organization(id(o.getId()), o.getName(), o.getAlternateName(), o.getDescription(),
                        o.getEmail(), o.getWebsite()),
                sorted(s.getPhones(), p -> p.getId(), ServiceDocumentMapping::phone),
                sorted(s.getContacts(), c -> c.getId(), c -> new HsdsDocuments.Contact(id(c.getId()), c.getName(),
                        c.getTitle(), c.getDepartment(), c.getEmail(), c.getPhone() == null ? null
                                : List.of(phone(c.getPhone())))),
                sorted(s.getLanguages(), l -> l.getId(), l -> new HsdsDocuments.Language(id(l.getId()), l.getName(),
                        l.getCode(), l.getNote())),
                sorted(s.getCostOptions(), c -> c.getId(), c -> new HsdsDocuments.CostOption(id(c.getId()),
                        c.getOption(), number(c.getAmount()), c.getCurrency(), c.getAmountDescription())),
                sorted(s.getServiceAreas(), a -> a.getId(), a -> new HsdsDocuments.ServiceArea(id(a.getId()),
                        a.getName(), a.getDescription())),
                sorted(s.getServiceAtLocations(), at -> at.getId(), at -> new HsdsDocuments.ServiceAtLocation(
                        id(at.getId()), at.getDescription(),
                        sorted(at.getSchedules(), Schedule::getId, ServiceDocumentMapping::schedule),
                        location(at.getLocation()))),
                sorted(s.getSchedules(), Schedule::getId, ServiceDocumentMapping::schedule),
                attributes(s.getAttributes()));
    }

    private static HsdsDocuments.Phone phone(Phone p) {
        return new HsdsDocuments.Phone(id(p.getId()), p.getNumber(), p.getType(), p.getDescription());
    }

    /** A venue as the document of a service meeting there carries it. */
    public static HsdsDocuments.Location location(Location l) {
        return new HsdsDocuments.Location(id(l.getId()), l.getLocationType(), l.getName(), l.getDescription(),
                l.getLatitude(), l.getLongitude(), l.getTransportation(),
                sorted(l.getAddresses(), a -> a.getId(), a -> new HsdsDocuments.Address(id(a.getId()),
                        a.getAddress1(), a.getAddress2(), a.getCity(), a.getStateProvince(), a.getPostalCode(),
                        a.getCountry(), a.getAddressType())),
                sorted(l.getAccessibility(), a -> a.getId(), a -> new HsdsDocuments.Accessibility(id(a.getId()),
                        a.getDescription(), a.getDetails(), a.getUrl())),
                attributes(l.getAttributes()));
    }

    private static HsdsDocuments.Schedule schedule(Schedule s) {
        return new HsdsDocuments.Schedule(id(s.getId()), s.getFreq(), s.getInterval(), s.getByday(),
                s.getBymonthday(), date(s.getDtstart()), date(s.getUntil()), s.getCount(), date(s.getValidFrom()),
                date(s.getValidTo()), time(s.getOpensAt()), time(s.getClosesAt()), s.getWkst(), s.getDescription(),
                s.getNotes(), HsdsDocuments.Schedule.flag(s.isTermTimeOnly(), s.getDescription(), s.getNotes()),
                s.getExceptDates().isEmpty() ? null : s.getExceptDates().stream().map(LocalDate::toString).toList());
    }

    private static List<HsdsDocuments.Attribute> attributes(List<Attribute> attributes) {
        return sorted(attributes, a -> a.getTaxonomyTerm().getId(),
                a -> new HsdsDocuments.Attribute(id(a.getId()), id(a.getTaxonomyTerm().getId()), a.getValue(),
                        a.getLabel()));
    }

    private static <E, D> List<D> sorted(List<E> items, Function<E, UUID> key, Function<E, D> mapping) {
        return items.stream().sorted(Comparator.comparing(key.andThen(UUID::toString))).map(mapping).toList();
    }

    private static String id(UUID id) {
        return id.toString();
    }

    private static @Nullable BigDecimal number(@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0
                ? value.setScale(0) : value.stripTrailingZeros();
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static @Nullable String time(@Nullable LocalTime time) {
        return time == null ? null : time.toString();
    }
}
