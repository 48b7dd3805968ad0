package org.familyhub.oruk;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS 3.0 schemas (openreferral/specification, {@code schema/*.json}) as far as this API
 * publishes them: each object's required fields, the type and format of every field it may have,
 * and the enums. A field a schema does not define is an error, so extensions cannot slip in as
 * off-schema fields; a {@code null} is an error too, as the schemas' types do not allow it, and so is an
 * empty list or string, which the Open Referral UK profile asks to leave out.
 */
final class HsdsSchema {

    private enum Kind { STRING, UUID, URI, EMAIL, DATE, DATE_TIME, TIME, NUMBER, OBJECT, ARRAY }

    private record Field(Kind kind, String ref, Set<String> values) {
    }

    private static final Pattern UUID_SHAPE =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern TIME = Pattern.compile("^\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?$");
    private static final Pattern DAYS = Pattern.compile("^(-?\\d?(MO|TU|WE|TH|FR|SA|SU))(,-?\\d?(MO|TU|WE|TH|FR|SA|SU))*$");

    private static final Map<String, Entity> ENTITIES = new HashMap<>();

    static {
        // last_modified is optional in HSDS; this API publishes it on every service.
        entity("service").required("id", "name", "status", "last_modified").dateTime("last_modified")
                .uuid("id", "organization_id", "program_id").uri("url").email("email", "assurer_email")
                .date("assured_date").number("minimum_age", "maximum_age")
                .oneOf("status", "active", "inactive", "defunct", "temporarily closed")
                .string("name", "alternate_name", "description", "interpretation_services", "application_process",
                        "fees_description", "wait_time", "fees", "accreditations", "eligibility_description",
                        "licenses", "alert")
                .object("organization", "organization").array("phones", "phone").array("schedules", "schedule")
                .array("service_areas", "service_area").array("service_at_locations", "service_at_location")
                .array("languages", "language").array("cost_options", "cost_option").array("contacts", "contact")
                .array("attributes", "attribute");
        entity("organization").required("id", "name", "description").uuid("id", "parent_organization_id")
                .string("name", "alternate_name", "description", "tax_status", "tax_id", "legal_status", "logo")
                .email("email").uri("website", "uri").number("year_incorporated").array("services", "service")
                .array("organization_identifiers", "organization_identifier");
        entity("organization_identifier").required("id", "identifier_type", "identifier").uuid("id")
                .string("organization_id", "identifier_scheme", "identifier_type", "identifier");
        entity("taxonomy").required("id", "name", "description").uuid("id").string("name", "description", "version")
                .uri("uri");
        entity("taxonomy_term").required("id", "name", "description").uuid("id")
                .string("code", "name", "description", "taxonomy", "language", "parent_id", "taxonomy_id")
                .uri("term_uri");
        entity("attribute").required("id").uuid("id", "link_id", "taxonomy_term_id")
                .string("link_type", "link_entity", "value", "label").object("taxonomy_term", "taxonomy_term");
        entity("service_at_location").required("id").uuid("id", "service_id", "location_id").string("description")
                .array("schedules", "schedule").object("location", "location").array("phones", "phone")
                .array("contacts", "contact").array("service_areas", "service_area")
                .array("attributes", "attribute");
        entity("location").required("id", "location_type").uuid("id", "organization_id")
                .oneOf("location_type", "physical", "postal", "virtual").uri("url")
                .string("name", "alternate_name", "description", "transportation", "external_identifier",
                        "external_identifier_type")
                .number("latitude", "longitude").array("addresses", "address")
                .array("accessibility", "accessibility").array("attributes", "attribute")
                .array("languages", "language").array("phones", "phone").array("schedules", "schedule")
                .array("contacts", "contact");
        entity("address").required("id", "address_1", "city", "state_province", "postal_code", "country",
                        "address_type")
                .uuid("id", "location_id").oneOf("address_type", "physical", "postal", "virtual")
                .string("attention", "address_1", "address_2", "city", "region", "state_province", "postal_code",
                        "country");
        entity("accessibility").required("id").uuid("id", "location_id").string("description", "details").uri("url");
        entity("schedule").required("id").uuid("id", "service_id", "location_id", "service_at_location_id")
                .date("valid_from", "valid_to", "dtstart", "until").number("timezone", "count", "interval")
                .oneOf("wkst", "MO", "TU", "WE", "TH", "FR", "SA", "SU").oneOf("freq", "WEEKLY", "MONTHLY")
                .string("byday", "byweekno", "bymonthday", "byyearday", "description", "attending_type", "notes")
                .time("opens_at", "closes_at").uri("schedule_link");
        entity("phone").required("id", "number").uuid("id", "location_id", "service_id", "organization_id",
                "contact_id", "service_at_location_id").string("number", "extension", "type", "description");
        // contact.name exists in HSDS but is deliberately absent here: personal names are never published.
        entity("contact").required("id").uuid("id", "organization_id", "service_id", "service_at_location_id",
                "location_id").string("title", "department").email("email").array("phones", "phone");
        entity("language").required("id").uuid("id", "service_id", "location_id", "phone_id")
                .string("name", "code", "note");
        entity("cost_option").required("id").uuid("id", "service_id").date("valid_from", "valid_to")
                .string("option", "currency", "amount_description").number("amount");
        entity("service_area").required("id").uuid("id", "service_id", "service_at_location_id")
                .string("name", "description", "extent", "extent_type").uri("uri");
    }

    private HsdsSchema() {
    }

    /** Asserts that the node is a valid HSDS object of the kind, nested objects included. */
    static void assertConforms(String entity, JsonNode node) {
        List<String> errors = new ArrayList<>();
        check(entity, node, entity, errors);
        assertThat(errors).as("HSDS 3.0 %s", entity).isEmpty();
    }

    /** The standard's page envelope and its arithmetic, then each item. */
    static void assertPage(JsonNode page, String entity, int perPage) {
        assertThat(fieldNames(page)).containsExactlyInAnyOrder("total_items", "total_pages", "page_number", "size",
                "first_page", "last_page", "empty", "contents");
        long total = page.get("total_items").asLong();
        int pageNumber = page.get("page_number").asInt();
        int pages = page.get("total_pages").asInt();
        int items = page.get("contents").size();
        assertThat(page.get("total_items").isIntegralNumber()).isTrue();
        assertThat(pages).isEqualTo((int) Math.ceil(total / (double) perPage));
        assertThat(page.get("size").asInt()).as("size: the items on this page").isEqualTo(items);
        assertThat(page.get("first_page").asBoolean()).isEqualTo(pageNumber == 1);
        assertThat(page.get("last_page").asBoolean()).isEqualTo(pageNumber >= pages);
        assertThat(page.get("empty").asBoolean()).isEqualTo(items == 0);
        long expectedItems = Math.max(0, Math.min(perPage, total - (long) (pageNumber - 1) * perPage));
        assertThat(items).isEqualTo(expectedItems);
        page.get("contents").forEach(item -> assertConforms(entity, item));
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static void check(String entity, JsonNode node, String path, List<String> errors) {
        Entity spec = ENTITIES.get(entity);
        if (!node.isObject()) {
            errors.add(path + " is not an object");
            return;
        }
        spec.required.stream().filter(name -> !node.has(name)).forEach(name -> errors.add(path + "." + name + " is required"));
        for (String name : fieldNames(node)) {
            Field field = spec.fields.get(name);
            JsonNode value = node.get(name);
            String at = path + "." + name;
            if (field == null) {
                errors.add(at + " is not in the schema");
            } else if (value.isNull()) {
                errors.add(at + " is null");
            } else if (value.isArray() && value.isEmpty() || value.isString() && value.asString().isBlank()) {
                errors.add(at + " is empty: Open Referral UK leaves out a field without a value");
            } else {
                checkValue(field, value, at, errors);
            }
        }
    }

    private static void checkValue(Field field, JsonNode value, String at, List<String> errors) {
        switch (field.kind()) {
            case NUMBER -> expect(value.isNumber(), at + " must be a number", errors);
            case OBJECT -> check(field.ref(), value, at, errors);
            case ARRAY -> {
                if (!value.isArray()) {
                    errors.add(at + " must be an array");
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        check(field.ref(), value.get(i), at + "[" + i + "]", errors);
                    }
                }
            }
            default -> {
                if (!value.isString()) {
                    errors.add(at + " must be a string");
                } else {
                    checkText(field, value.asString(), at, errors);
                }
            }
        }
    }

    private static void checkText(Field field, String text, String at, List<String> errors) {
        switch (field.kind()) {
            case UUID -> expect(UUID_SHAPE.matcher(text).matches(), at + " must be a uuid: " + text, errors);
            case EMAIL -> expect(EMAIL.matcher(text).matches(), at + " must be an email: " + text, errors);
            case TIME -> expect(TIME.matcher(text).matches(), at + " must be a time: " + text, errors);
            case URI -> expect(isAbsoluteUri(text), at + " must be a uri: " + text, errors);
            case DATE -> expect(isDate(text), at + " must be a date: " + text, errors);
            case DATE_TIME -> expect(isDateTime(text), at + " must be a date-time with an offset: " + text, errors);
            default -> expect(field.values().isEmpty() || field.values().contains(text),
                    at + " must be one of " + field.values() + ": " + text, errors);
        }
        if (at.endsWith(".byday")) {
            expect(DAYS.matcher(text).matches(), at + " must be RFC 5545 days: " + text, errors);
        }
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void expect(boolean ok, String error, List<String> errors) {
        if (!ok) {
            errors.add(error);
        }
    }

    private static Entity entity(String name) {
        Entity entity = new Entity();
        ENTITIES.put(name, entity);
        return entity;
    }

    private static final class Entity {
        final Set<String> required = new LinkedHashSet<>();
        final Map<String, Field> fields = new HashMap<>();

        Entity required(String... names) { required.addAll(List.of(names)); return this; }
        Entity string(String... names) { return put(Kind.STRING, "", names); }
        Entity uuid(String... names) { return put(Kind.UUID, "", names); }
        Entity uri(String... names) { return put(Kind.URI, "", names); }
        Entity email(String... names) { return put(Kind.EMAIL, "", names); }
        Entity date(String... names) { return put(Kind.DATE, "", names); }
        Entity dateTime(String... names) { return put(Kind.DATE_TIME, "", names); }
        Entity time(String... names) { return put(Kind.TIME, "", names); }
        Entity number(String... names) { return put(Kind.NUMBER, "", names); }
        Entity object(String name, String ref) { return put(Kind.OBJECT, ref, name); }
        Entity array(String name, String ref) { return put(Kind.ARRAY, ref, name); }

        Entity oneOf(String name, String... values) {
            fields.put(name, new Field(Kind.STRING, "", Set.of(values)));
            return this;
        }

        private Entity put(Kind kind, String ref, String... names) {
            for (String name : names) {
                fields.put(name, new Field(kind, ref, Set.of()));
            }
            return this;
        }
    }
}
