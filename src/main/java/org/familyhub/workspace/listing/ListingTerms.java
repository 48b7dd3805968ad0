package org.familyhub.workspace.listing;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The taxonomy terms a listing carries (topics, level of need, access route, delivery, SEND) as content files
 * carry them: the service's {@code attributes}, each {@code {id, taxonomy_term_id}}. A picker manages the terms
 * of its own taxonomy only; terms of other taxonomies, and the order and ids of those kept, are left as they were.
 */
public final class ListingTerms {

    private ListingTerms() {
    }

    /** The term ids on the service. */
    public static Set<UUID> read(HsdsDocuments.Service document) {
        Set<UUID> ids = new LinkedHashSet<>();
        HsdsDocuments.list(document.attributes()).forEach(a -> {
            try {
                if (a.taxonomyTermId() != null) {
                    ids.add(UUID.fromString(a.taxonomyTermId()));
                }
            } catch (IllegalArgumentException e) {
                // not a term id: kept as it is, not offered
            }
        });
        return ids;
    }

    /**
     * The document carrying exactly the {@code chosen} terms among the {@code managed} ones; new terms are
     * added at the end with new ids.
     */
    public static HsdsDocuments.Service apply(HsdsDocuments.Service document, Set<UUID> managed, Set<UUID> chosen) {
        ObjectNode root = ServiceDocumentJson.JSON.valueToTree(document);
        JsonNode existing = root.get("attributes");
        ArrayNode attributes = existing instanceof ArrayNode array ? array : root.putArray("attributes");
        Set<UUID> present = new LinkedHashSet<>();
        for (int i = attributes.size() - 1; i >= 0; i--) {
            UUID term = termOf(attributes.get(i));
            if (term != null && managed.contains(term) && !chosen.contains(term)) {
                attributes.remove(i);
            } else if (term != null) {
                present.add(term);
            }
        }
        chosen.stream().filter(managed::contains).filter(term -> !present.contains(term))
                .forEach(term -> attributes.addObject().put("id", UUID.randomUUID().toString())
                        .put("taxonomy_term_id", term.toString()));
        return ServiceDocumentJson.JSON.treeToValue(root, HsdsDocuments.Service.class);
    }

    private static @Nullable UUID termOf(JsonNode attribute) {
        JsonNode id = attribute.get("taxonomy_term_id");
        try {
            return id == null || !id.isString() ? null : UUID.fromString(id.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
