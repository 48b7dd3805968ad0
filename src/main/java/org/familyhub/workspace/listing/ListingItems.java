package org.familyhub.workspace.listing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a section's list (prices, languages, contacts, phones) to one array of the document: an item the editor
 * left as it was read keeps its stored node exactly; a changed one keeps its id and the fields the form does not
 * show; a new one gets a new id. Stored items the section does not own (the form's first phone) stay first.
 */
final class ListingItems {

    private ListingItems() {
    }

    interface Item {
        @Nullable String id();
    }

    static <T extends Item> HsdsDocuments.Service apply(HsdsDocuments.Service document, String field,
            Set<String> owned, List<T> read, List<T> wanted, BiConsumer<T, ObjectNode> write) {
        ObjectNode root = ServiceDocumentJson.JSON.valueToTree(document);
        JsonNode existing = root.get(field);
        Map<String, ObjectNode> stored = new HashMap<>();
        ArrayNode out = ServiceDocumentJson.JSON.createArrayNode();
        if (existing instanceof ArrayNode array) {
            for (JsonNode node : array) {
                String id = node.path("id").isString() ? node.get("id").asString() : null;
                if (id != null && owned.contains(id) && node instanceof ObjectNode object) {
                    stored.put(id, object);
                } else {
                    out.add(node); // not the section's: kept, first
                }
            }
        }
        Map<String, T> before = new HashMap<>();
        read.stream().filter(i -> i.id() != null).forEach(i -> before.put(i.id(), i));
        for (T item : wanted) {
            ObjectNode node = item.id() == null ? null : stored.get(item.id());
            if (node == null) {
                node = ServiceDocumentJson.JSON.createObjectNode();
                node.put("id", UUID.randomUUID().toString());
                write.accept(item, node);
            } else if (!item.equals(before.get(item.id()))) {
                write.accept(item, node);
            }
            out.add(node);
        }
        if (out.isEmpty() && (existing == null || existing.isNull())) {
            return document;
        }
        root.set(field, out);
        return ServiceDocumentJson.JSON.treeToValue(root, HsdsDocuments.Service.class);
    }

    static Set<String> ids(List<? extends Item> items) {
        return items.stream().map(Item::id).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Sets the field when it differs, or clears it when the value is blank. */
    static void set(ObjectNode node, String field, @Nullable String value) {
        JsonNode current = node.get(field);
        if (value == null || value.isBlank()) {
            if (current == null || !current.isNull()) {
                node.putNull(field);
            }
        } else if (current == null || !current.isString() || !current.asString().equals(value.strip())) {
            node.put(field, value.strip());
        }
    }

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
