package org.familyhub.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every interface text key is written once per language: a key written twice (two modules' merges appending the same
 * name) silently replaces the first text on every page that used it.
 */
class BundleKeysTest {

    @Test
    void eachKeyIsWrittenOnceInEachLanguage() throws IOException {
        Map<String, List<String>> english = new HashMap<>();
        Map<String, List<String>> polish = new HashMap<>();
        for (Resource bundle : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:vaadin-i18n/*.properties")) {
            String name = bundle.getFilename();
            Map<String, List<String>> language = name.endsWith("_pl.properties") ? polish : english;
            for (String key : keys(bundle)) {
                language.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
            }
        }
        assertThat(twice(english)).as("English keys written more than once").isEmpty();
        assertThat(twice(polish)).as("Polish keys written more than once").isEmpty();
    }

    private static Map<String, List<String>> twice(Map<String, List<String>> keys) {
        Map<String, List<String>> twice = new HashMap<>();
        keys.forEach((key, files) -> {
            if (files.size() > 1) {
                twice.put(key, files);
            }
        });
        return twice;
    }

    private static List<String> keys(Resource bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = bundle.getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                int equals = text.indexOf('=');
                if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("!") && equals > 0
                        && !line.startsWith(" ") && !line.startsWith("\t")) {
                    keys.add(text.substring(0, equals).strip());
                }
            }
        }
        return keys;
    }
}
