package org.familyhub.directory.feed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which fields of a listing an editor changed, and a feed's record with the locked ones kept as the portal has them.
 * A lock is one top-level field of the Open Referral service document (its name, description, phones, venues and
 * their sessions …): a list such as the phones is kept or taken whole, as an editor's change to one phone is a
 * change to the list. Not lockable: the id, the organisation (the feed's to say) and the "last checked" date and
 * checker, which every publish sets.
 */
final class FieldLocks {

    /** Every lockable field, in the document's order, with its words for the pull report. */
    static final Map<String, String> FIELDS = fields("name", "name", "alternate_name", "other name",
            "description", "description", "url", "web address", "email", "e-mail", "status", "status",
            "interpretation_services", "interpreting", "application_process", "how to join", "fees_description",
            "fees", "eligibility_description", "eligibility", "minimum_age", "youngest age", "maximum_age",
            "oldest age", "alert", "alert", "phones", "phones", "contacts", "contacts", "languages", "languages",
            "cost_options", "cost options", "service_areas", "areas served", "service_at_locations",
            "venues and their sessions", "schedules", "sessions", "attributes", "categories");

    private FieldLocks() {
    }

    /** The record to write and the locked fields whose local value was kept although the feed's differs. */
    record Merged(HsdsDocuments.Service document, List<String> kept) {
    }

    /** The lockable fields that differ between the two documents. */
    static List<String> changed(HsdsDocuments.Service before, HsdsDocuments.Service after) {
        ObjectNode was = tree(before);
        ObjectNode is = tree(after);
        return FIELDS.keySet().stream().filter(field -> !same(was.get(field), is.get(field))).toList();
    }

    /** The feed's record with the locked fields' values taken from the listing as the portal has it. */
    static Merged merge(HsdsDocuments.Service fromFeed, HsdsDocuments.Service local, Set<String> locked) {
        ObjectNode merged = tree(fromFeed);
        ObjectNode ours = tree(local);
        List<String> kept = new ArrayList<>();
        for (String field : FIELDS.keySet()) {
            if (!locked.contains(field)) {
                continue;
            }
            if (!same(merged.get(field), ours.get(field))) {
                kept.add(field);
            }
            JsonNode value = ours.get(field);
            if (value == null) {
                merged.remove(field);
            } else {
                merged.set(field, value);
            }
        }
        return new Merged(ServiceDocumentJson.JSON.treeToValue(merged, HsdsDocuments.Service.class), kept);
    }

    /** "name, description": the fields in the report's words. */
    static String words(Collection<String> fields) {
        return String.join(", ", fields.stream().map(field -> FIELDS.getOrDefault(field, field)).toList());
    }

    private static ObjectNode tree(HsdsDocuments.Service document) {
        return (ObjectNode) ServiceDocumentJson.JSON.valueToTree(document);
    }

    /**
     * Nothing, null and an empty list are the same; children are compared without their ids, which a feed may give
     * as its own codes where the portal keeps UUIDs derived from them.
     */
    private static boolean same(JsonNode a, JsonNode b) {
        return normal(a).equals(normal(b));
    }

    private static JsonNode normal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isArray() && node.isEmpty()) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.nullNode();
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).deepCopy();
            copy.remove("id");
            List<String> names = new ArrayList<>(copy.propertyNames());
            names.forEach(name -> copy.set(name, normal(copy.get(name))));
            return copy;
        }
        if (node.isArray()) {
            var copy = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(normal(item)));
            return copy;
        }
        return node;
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(fields);
    }
}
