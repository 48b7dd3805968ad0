package org.familyhub.oruk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/** The paths where two JSON documents differ, each said in words, for an assertion that names them all. */
final class JsonDifferences {

    private JsonDifferences() {
    }

    /** Every difference, leaving out fields named in {@code mayDiffer} wherever they are. */
    static List<String> between(JsonNode expected, JsonNode actual, Set<String> mayDiffer) {
        List<String> found = new ArrayList<>();
        diff("", expected, actual, mayDiffer, found);
        return found;
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, Set<String> mayDiffer,
            List<String> found) {
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>(HsdsSchema.fieldNames(expected));
            names.addAll(HsdsSchema.fieldNames(actual));
            for (String name : names) {
                if (mayDiffer.contains(name)) {
                    continue;
                }
                JsonNode left = expected.get(name);
                JsonNode right = actual.get(name);
                if (left == null || right == null) {
                    found.add(path + "/" + name + (left == null ? " added: " + abbreviate(right)
                            : " missing, was " + abbreviate(left)));
                } else {
                    diff(path + "/" + name, left, right, mayDiffer, found);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                found.add(path + " has " + actual.size() + " items, was " + expected.size() + ": "
                        + abbreviate(actual) + " was " + abbreviate(expected));
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                diff(path + "/" + i, expected.get(i), actual.get(i), mayDiffer, found);
            }
        } else if (!expected.equals(actual)) {
            found.add(path + " is " + abbreviate(actual) + ", was " + abbreviate(expected));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
