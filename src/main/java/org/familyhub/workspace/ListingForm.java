package org.familyhub.workspace;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of a listing the workspace form and the CSV template edit. Applied to the listing's whole
 * document, so everything the form does not show (other phones, sessions, categories …) is kept.
 * The venue fields are the listing's first venue; the opening times are its first session's text.
 */
public record ListingForm(String name, @Nullable String alternateName, @Nullable String description, String status,
        @Nullable String email, @Nullable String url, @Nullable String phone, @Nullable BigDecimal minimumAge,
        @Nullable BigDecimal maximumAge, @Nullable String feesDescription, @Nullable String eligibilityDescription,
        @Nullable String applicationProcess, @Nullable String venueName, @Nullable String venueAddress,
        @Nullable String venueTown, @Nullable String venuePostcode, @Nullable String openingTimes) {

    public static ListingForm of(HsdsDocuments.Service document) {
        JsonNode root = ServiceDocumentJson.JSON.valueToTree(document);
        JsonNode venue = root.path("service_at_locations").path(0);
        JsonNode location = venue.path("location");
        JsonNode address = location.path("addresses").path(0);
        return new ListingForm(text(root, "name") == null ? "" : text(root, "name"), text(root, "alternate_name"),
                text(root, "description"), text(root, "status") == null ? "active" : text(root, "status"),
                text(root, "email"), text(root, "url"), text(root.path("phones").path(0), "number"),
                document.minimumAge(), document.maximumAge(), text(root, "fees_description"),
                text(root, "eligibility_description"), text(root, "application_process"),
                text(location, "name"), text(address, "address_1"), text(address, "city"),
                text(address, "postal_code"), text(venue.path("schedules").path(0), "description"));
    }

    public ListingForm withDescription(@Nullable String text) {
        return new ListingForm(name, alternateName, text, status, email, url, phone, minimumAge, maximumAge,
                feesDescription, eligibilityDescription, applicationProcess, venueName, venueAddress, venueTown,
                venuePostcode, openingTimes);
    }

    /** The document with this form's values; a venue is added when the listing had none. */
    public HsdsDocuments.Service applyTo(HsdsDocuments.Service document) {
        ObjectNode root = ServiceDocumentJson.JSON.valueToTree(document);
        set(root, "name", name);
        set(root, "alternate_name", alternateName);
        set(root, "description", description);
        root.put("status", status);
        set(root, "email", email);
        set(root, "url", url);
        set(root, "minimum_age", minimumAge);
        set(root, "maximum_age", maximumAge);
        set(root, "fees_description", feesDescription);
        set(root, "eligibility_description", eligibilityDescription);
        set(root, "application_process", applicationProcess);
        applyPhone(root);
        applyVenue(root);
        return ServiceDocumentJson.JSON.treeToValue(root, HsdsDocuments.Service.class);
    }

    private void applyPhone(ObjectNode root) {
        ArrayNode phones = array(root, "phones");
        if (blank(phone)) {
            if (!phones.isEmpty()) {
                phones.remove(0);
            }
        } else if (phones.isEmpty()) {
            phones.addObject().put("id", UUID.randomUUID().toString()).put("number", phone.strip());
        } else {
            set((ObjectNode) phones.get(0), "number", phone);
        }
    }

    private void applyVenue(ObjectNode root) {
        ArrayNode venues = array(root, "service_at_locations");
        boolean given = !blank(venueName) || !blank(venueAddress) || !blank(venuePostcode) || !blank(venueTown);
        if (venues.isEmpty() && !given) {
            return;
        }
        ObjectNode venue = venues.isEmpty() ? venues.addObject().put("id", UUID.randomUUID().toString())
                : (ObjectNode) venues.get(0);
        ObjectNode location = venue.has("location") && venue.get("location").isObject()
                ? (ObjectNode) venue.get("location")
                : venue.putObject("location").put("id", UUID.randomUUID().toString()).put("location_type", "physical");
        set(location, "name", venueName);
        ArrayNode addresses = array(location, "addresses");
        boolean addressGiven = !blank(venueAddress) || !blank(venueTown) || !blank(venuePostcode);
        if (addresses.isEmpty() && !addressGiven) {
            applySession(venue);
            return;
        }
        ObjectNode address = addresses.isEmpty()
                ? addresses.addObject().put("id", UUID.randomUUID().toString()).put("country", "GB")
                        .put("address_type", "physical")
                : (ObjectNode) addresses.get(0);
        set(address, "address_1", venueAddress);
        set(address, "city", venueTown);
        set(address, "postal_code", blank(venuePostcode) ? null : venuePostcode.strip().toUpperCase(Locale.ROOT));
        applySession(venue);
    }

    private void applySession(ObjectNode venue) {
        ArrayNode sessions = array(venue, "schedules");
        if (!blank(openingTimes)) {
            ObjectNode session = sessions.isEmpty() ? sessions.addObject().put("id", UUID.randomUUID().toString())
                    : (ObjectNode) sessions.get(0);
            set(session, "description", openingTimes);
        } else if (!sessions.isEmpty()) {
            ((ObjectNode) sessions.get(0)).putNull("description");
        }
    }

    private static ArrayNode array(ObjectNode node, String field) {
        JsonNode existing = node.get(field);
        return existing instanceof ArrayNode array ? array : node.putArray(field);
    }

    /** A value that differs from the current one only in surrounding spaces leaves it as it is. */
    private static void set(ObjectNode node, String field, @Nullable String value) {
        JsonNode current = node.get(field);
        if (blank(value)) {
            node.putNull(field);
        } else if (current == null || !current.isString() || !current.asString().strip().equals(value.strip())) {
            node.put(field, value.strip());
        }
    }

    private static void set(ObjectNode node, String field, @Nullable BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }
}
