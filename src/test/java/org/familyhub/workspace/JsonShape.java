package org.familyhub.workspace;

import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * A JSON document's shape, not its values: every field path under a node, arrays' items merged, so a listing made in
 * the workspace can be compared with one loaded from {@code content/}.
 */
final class JsonShape {

    private JsonShape() {
    }

    static Set<String> paths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", paths));
        } else if (node.isObject()) {
            node.propertyNames().forEach(name -> {
                paths.add(path + "." + name);
                collect(node.get(name), path + "." + name, paths);
            });
        }
    }
}
