package org.familyhub.workspace.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familyhub.directory.Postcode;
import org.familyhub.directory.TermChoices.TermChoice;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A listing's venues and their sessions, read from the document's {@code service_at_locations} and applied back.
 * What the form did not change stays exactly as it was (ids, words, the venue's description and access details);
 * sessions in shapes the form cannot show are kept as they are.
 *
 * <p>A venue's accessibility is written as content venues carry it: an {@code accessibility} entry per feature
 * (its name, and its code as {@code details}) and an attribute linking the feature's taxonomy term, so the service
 * page, the ORUK API and the accessibility filter read it alike. Features a content venue describes in its own
 * words keep those words while chosen.
 */
public final class ListingVenues {

    private ListingVenues() {
    }

    public static List<Venue> read(HsdsDocuments.Service document) {
        List<Venue> venues = new ArrayList<>();
        for (HsdsDocuments.ServiceAtLocation at : HsdsDocuments.list(document.serviceAtLocations())) {
            HsdsDocuments.Location location = at.location();
            Optional<HsdsDocuments.Address> address = location == null ? Optional.empty()
                    : HsdsDocuments.firstAddress(location);
            List<Session> sessions = HsdsDocuments.list(at.schedules()).stream().map(Session::of)
                    .flatMap(Optional::stream).toList();
            Set<String> accessibility = new LinkedHashSet<>();
            if (location != null) {
                HsdsDocuments.list(location.accessibility()).stream().map(HsdsDocuments.Accessibility::details)
                        .filter(Objects::nonNull).forEach(accessibility::add);
            }
            venues.add(new Venue(at.id(), location == null ? null : location.id(),
                    location == null ? null : location.name(), address.map(HsdsDocuments.Address::address1).orElse(null),
                    address.map(HsdsDocuments.Address::city).orElse(null),
                    address.map(HsdsDocuments.Address::postalCode).orElse(null), sessions, accessibility,
                    location == null ? null : location.transportation()));
        }
        return venues;
    }

    /** The document with exactly these venues, in this order; their accessibility as stored. */
    public static HsdsDocuments.Service apply(HsdsDocuments.Service document, List<Venue> venues, LocalDate today) {
        return apply(document, venues, List.of(), today);
    }

    /**
     * The document with exactly these venues, in this order, each with the accessibility features it names.
     *
     * @param features the accessibility features a venue may offer, named in English as the document keeps them
     */
    public static HsdsDocuments.Service apply(HsdsDocuments.Service document, List<Venue> venues,
            List<TermChoice> features, LocalDate today) {
        return apply(document, venues, features, id -> Optional.empty(), today);
    }

    /**
     * As {@link #apply(HsdsDocuments.Service, List, List, LocalDate)}, a venue newly chosen from the directory
     * written as the directory holds it: publishing the listing then leaves that venue (and every other service
     * meeting there) exactly as it was.
     *
     * @param directory a venue in the directory by its id
     */
    public static HsdsDocuments.Service apply(HsdsDocuments.Service document, List<Venue> venues,
            List<TermChoice> features, Function<String, Optional<HsdsDocuments.Location>> directory,
            LocalDate today) {
        ObjectNode root = ServiceDocumentJson.JSON.valueToTree(document);
        JsonNode existing = root.get("service_at_locations");
        Map<String, ObjectNode> stored = new HashMap<>();
        if (existing instanceof ArrayNode array) {
            array.forEach(node -> {
                if (node instanceof ObjectNode object && object.path("id").isString()) {
                    stored.put(object.get("id").asString(), object);
                }
            });
        }
        ArrayNode out = ServiceDocumentJson.JSON.createArrayNode();
        for (Venue venue : venues) {
            ObjectNode at = venue.linkId() == null ? null : stored.get(venue.linkId());
            out.add(at == null ? added(venue, features, directory, today) : changed(at, venue, features, today));
        }
        root.set("service_at_locations", out);
        return ServiceDocumentJson.JSON.treeToValue(root, HsdsDocuments.Service.class);
    }

    private static ObjectNode added(Venue venue, List<TermChoice> features,
            Function<String, Optional<HsdsDocuments.Location>> directory, LocalDate today) {
        ObjectNode at = ServiceDocumentJson.JSON.createObjectNode();
        at.put("id", UUID.randomUUID().toString());
        at.putNull("description");
        ArrayNode schedules = at.putArray("schedules");
        venue.sessions().forEach(s -> schedules.add(schedule(s, UUID.randomUUID().toString(), today)));
        Optional<HsdsDocuments.Location> stored = venue.locationId() == null ? Optional.empty()
                : directory.apply(venue.locationId());
        if (stored.isPresent()) {
            at.set("location", ServiceDocumentJson.JSON.valueToTree(stored.get()));
            return at;
        }
        ObjectNode location = at.putObject("location");
        location.put("id", venue.locationId() == null ? UUID.randomUUID().toString() : venue.locationId());
        location.put("location_type", "physical");
        location.put("name", strip(venue.name()));
        ArrayNode addresses = location.putArray("addresses");
        ObjectNode address = addresses.addObject();
        address.put("id", UUID.randomUUID().toString());
        address.put("address_1", strip(venue.address()));
        address.putNull("address_2");
        address.put("city", strip(venue.town()));
        address.putNull("state_province");
        address.put("postal_code", postcode(venue.postcode()));
        address.put("country", "GB");
        address.put("address_type", "physical");
        location.putArray("accessibility");
        location.putArray("attributes");
        if (venue.transport() != null && !venue.transport().isBlank()) {
            location.put("transportation", venue.transport().strip());
        }
        access(location, venue.accessibility(), features);
        return at;
    }

    /**
     * The location's features made those chosen, among the ones the form offers: a chosen feature not there yet is
     * added with its taxonomy link; an offered one there but no longer chosen is taken out with its link. Anything
     * else the location carries is kept as it is, so a venue whose features did not change is not touched.
     */
    private static void access(ObjectNode location, Set<String> chosen, List<TermChoice> features) {
        ArrayNode accessibility = location.withArray("accessibility");
        ArrayNode attributes = location.withArray("attributes");
        Set<String> present = new HashSet<>();
        accessibility.forEach(entry -> present.add(text(entry.path("details"))));
        for (TermChoice feature : features) {
            String term = feature.id().toString();
            if (present.contains(feature.code()) && !chosen.contains(feature.code())) {
                remove(accessibility, "details", feature.code());
                remove(attributes, "taxonomy_term_id", term);
            } else if (!present.contains(feature.code()) && chosen.contains(feature.code())) {
                accessibility.addObject().put("id", UUID.randomUUID().toString()).put("description", feature.name())
                        .put("details", feature.code());
                remove(attributes, "taxonomy_term_id", term);
                attributes.addObject().put("id", UUID.randomUUID().toString()).put("taxonomy_term_id", term);
            }
        }
    }

    private static void remove(ArrayNode array, String field, String value) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (value.equals(text(array.get(i).path(field)))) {
                array.remove(i);
            }
        }
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : "";
    }

    private static ObjectNode changed(ObjectNode at, Venue venue, List<TermChoice> features, LocalDate today) {
        JsonNode locationNode = at.get("location");
        if (locationNode instanceof ObjectNode location) {
            set(location, "name", venue.name());
            set(location, "transportation", venue.transport());
            if (!features.isEmpty()) {
                access(location, venue.accessibility(), features);
            }
            JsonNode addresses = location.get("addresses");
            if (addresses instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode a) {
                set(a, "address_1", venue.address());
                set(a, "city", venue.town());
                set(a, "postal_code", postcode(venue.postcode()));
            }
        }
        Map<String, Session> wanted = new HashMap<>();
        venue.sessions().stream().filter(s -> s.id() != null).forEach(s -> wanted.put(s.id(), s));
        ArrayNode schedules = ServiceDocumentJson.JSON.createArrayNode();
        JsonNode stored = at.get("schedules");
        if (stored instanceof ArrayNode array) {
            for (JsonNode node : array) {
                HsdsDocuments.Schedule schedule = ServiceDocumentJson.JSON.treeToValue(node,
                        HsdsDocuments.Schedule.class);
                Optional<Session> shown = Session.of(schedule);
                if (shown.isEmpty()) {
                    schedules.add(node); // a shape the form cannot show: kept
                    continue;
                }
                Session session = schedule.id() == null ? null : wanted.remove(schedule.id());
                if (session != null) {
                    schedules.add(session.sameAs(shown.get()) ? node : schedule(session, schedule.id(), today));
                }
            }
        }
        venue.sessions().stream().filter(s -> s.id() == null || wanted.containsKey(s.id()))
                .forEach(s -> schedules.add(schedule(s, UUID.randomUUID().toString(), today)));
        at.set("schedules", schedules);
        return at;
    }

    private static JsonNode schedule(Session session, String id, LocalDate today) {
        ObjectNode node = ServiceDocumentJson.JSON.valueToTree(session.toSchedule(id, today));
        if (node.get("term_time_only") != null && node.get("term_time_only").isNull()) {
            node.remove("term_time_only"); // as content files: term time said in the words
        }
        return node;
    }

    private static void set(ObjectNode node, String field, @Nullable String value) {
        JsonNode current = node.get(field);
        if (value == null || value.isBlank()) {
            if (current != null && !current.isNull()) {
                node.putNull(field);
            }
        } else if (current == null || !current.isString() || !current.asString().strip().equals(value.strip())) {
            node.put(field, value.strip());
        }
    }

    private static @Nullable String postcode(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Postcode.parse(text).map(Postcode::toString).orElse(text.strip().toUpperCase(Locale.ROOT));
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
