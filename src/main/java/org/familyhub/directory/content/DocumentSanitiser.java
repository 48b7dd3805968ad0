package org.familyhub.directory.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyhub.directory.RichText;
import org.familyhub.directory.WebAddress;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Cleans every text field of a service document on the way in: the service's description keeps the
 * safe rich-text subset, every other field becomes plain text, and web addresses must be http(s).
 */
final class DocumentSanitiser {

    private static final Set<String> URL_FIELDS = Set.of("url", "website");

    private final List<String> problems = new ArrayList<>();
    private final boolean everyDescriptionRich;

    private DocumentSanitiser(boolean everyDescriptionRich) {
        this.everyDescriptionRich = everyDescriptionRich;
    }

    /** The cleaned document, and what cannot be cleaned (a web address that is not one). */
    record Cleaned(HsdsDocuments.Service document, List<String> problems) {
    }

    static Cleaned clean(HsdsDocuments.Service document) {
        JsonNode tree = ServiceDocumentJson.JSON.valueToTree(document);
        DocumentSanitiser sanitiser = new DocumentSanitiser(false);
        sanitiser.walk(tree, "");
        return new Cleaned(ServiceDocumentJson.JSON.treeToValue(tree, HsdsDocuments.Service.class),
                List.copyOf(sanitiser.problems));
    }

    /**
     * The same cleaning for what the directory publishes (any JSON tree, changed in place): text stored before
     * every way in was cleaned still leaves as safe text. Every {@code description} keeps the safe rich-text
     * subset (published records nest them at any depth), every other string becomes plain text.
     */
    static JsonNode cleanPublished(JsonNode tree) {
        new DocumentSanitiser(true).walk(tree, "");
        return tree;
    }

    private void walk(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                String where = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode value = field.getValue();
                if (value.isString()) {
                    object.set(field.getKey(), StringNode.valueOf(clean(where, field.getKey(), value.asString())));
                } else {
                    walk(value, where);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private String clean(String where, String field, String text) {
        if (where.equals("description") || everyDescriptionRich && field.equals("description")) {
            return RichText.description(text);
        }
        String plain = RichText.plain(text);
        if (URL_FIELDS.contains(field) && !plain.isBlank() && WebAddress.parse(plain).isEmpty()) {
            problems.add(where + ": must be a web address starting with https:// or http:// ('" + plain + "')");
        }
        return plain;
    }
}
