package org.familyhub.directory.content;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.familyhub.directory.AreaLookup;
import org.familyhub.directory.RegisterNumber;
import org.familyhub.directory.domain.Locality;
import org.familyhub.directory.domain.LocalityRepository;
import org.familyhub.directory.domain.Organization;
import org.familyhub.directory.domain.TaxonomyTerm;
import org.familyhub.directory.domain.Town;
import org.familyhub.directory.domain.TownRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a service document is checked and written against: the area's localities, towns and postcodes and the
 * taxonomy terms already in the directory. Start-up content writes its area and taxonomies first, so its services
 * meet the same lookups as a feed's or an editor's.
 */
@Component
class ReferenceLookup {

    private final EntityManager entityManager;
    private final AreaLookup area;
    private final LocalityRepository localities;
    private final TownRepository towns;
    private final String areaName;

    ReferenceLookup(EntityManager entityManager, AreaLookup area, LocalityRepository localities, TownRepository towns,
            @Value("${familyhub.area-name:}") String areaName) {
        this.entityManager = entityManager;
        this.area = area;
        this.localities = localities;
        this.towns = towns;
        this.areaName = areaName;
    }

    record Place(Locality locality, @Nullable Town town) {
    }

    String areaName() {
        return areaName;
    }

    /** The location's locality and town: by the postcode of its first address, else by its town. */
    Optional<Place> place(HsdsDocuments.Location l) {
        Optional<HsdsDocuments.Address> address = HsdsDocuments.firstAddress(l);
        Optional<Place> byPostcode = address.map(HsdsDocuments.Address::postalCode).flatMap(area::postcode)
                .flatMap(p -> localities.findByCode(p.localityCode()).map(locality -> new Place(locality,
                        address.map(HsdsDocuments.Address::city).flatMap(towns::findByNameIgnoreCase)
                                .or(() -> Optional.ofNullable(p.town()).flatMap(towns::findByNameIgnoreCase))
                                .orElse(null))));
        return byPostcode.or(() -> address.map(HsdsDocuments.Address::city).flatMap(towns::findByNameIgnoreCase)
                .map(town -> new Place(town.getLocality(), town)));
    }

    /** Empty: not in the area. A present empty inner value: the whole area. */
    Optional<Optional<Locality>> serviceAreaLocality(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (name.trim().equalsIgnoreCase(areaName.trim())) {
            return Optional.of(Optional.empty());
        }
        return localities.findByNameIgnoreCase(name.trim()).or(() -> localities.findByCode(name.trim()))
                .map(Optional::of);
    }

    Optional<TaxonomyTerm> term(@Nullable String id) {
        return isUuid(id) ? Optional.ofNullable(entityManager.find(TaxonomyTerm.class, UUID.fromString(id)))
                : Optional.empty();
    }

    /** The register numbers the document's organisation gives in a register's shape (GB-CHC, GB-COH); others left out. */
    static java.util.List<RegisterNumber> registerNumbers(HsdsDocuments.Organization o) {
        return HsdsDocuments.list(o.organizationIdentifiers()).stream()
                .flatMap(i -> registerNumber(i).stream()).distinct().toList();
    }

    static Optional<RegisterNumber> registerNumber(HsdsDocuments.OrganizationIdentifier i) {
        if (i.identifierScheme() == null || i.identifier() == null) {
            return Optional.empty();
        }
        return RegisterNumber.Register.ofScheme(i.identifierScheme().strip().toUpperCase(java.util.Locale.ROOT))
                .flatMap(register -> RegisterNumber.parse(register, i.identifier()));
    }

    /** The organisation already holding this number in the directory, if one does. */
    Optional<Organization> holderOf(RegisterNumber number) {
        return entityManager.createQuery("select o from Organization o join o.identifiers i"
                        + " where i.identifierScheme = :scheme and i.identifier = :number", Organization.class)
                .setParameter("scheme", number.register().scheme()).setParameter("number", number.number())
                .getResultStream().findFirst();
    }

    static boolean isUuid(@Nullable String text) {
        return HsdsDocuments.isUuid(text);
    }
}
