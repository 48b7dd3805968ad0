package org.familyhub.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The fields that differ between two versions of a listing. Documents are flattened to one value per
 * field; empty values and lists count as absent, numbers compare by value, and ids are left out
 * because they say nothing to a reader.
 */
final class DocumentDiff {

    private DocumentDiff() {
    }

    static List<FieldChange> between(HsdsDocuments.@Nullable Service before, HsdsDocuments.Service after) {
        Map<String, String> old = before == null ? Map.of() : flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String a = old.get(field);
            String b = now.get(field);
            if (a == null ? b != null : !a.equals(b)) {
                changes.add(new FieldChange(field, a, b));
            }
        }
        return changes;
    }

    static Map<String, String> flatten(HsdsDocuments.Service document) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten(ServiceDocumentJson.JSON.valueToTree(document), "", values);
        return values;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> values) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (!field.getKey().equals("id") || path.isEmpty()) {
                    flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), values);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", values);
            }
        } else if (node.isNumber()) {
            values.put(path, node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (!node.isNull() && !node.asString().isBlank()) {
            values.put(path, node.asString());
        }
    }
}
