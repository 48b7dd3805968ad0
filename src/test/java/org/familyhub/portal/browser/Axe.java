package org.familyhub.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core (the {@code axe.min.js} that Deque's Maven artifact ships) run inside the page, with the
 * WCAG 2.0, 2.1 and 2.2 A and AA rules. Violations come back as readable lines.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String SOURCE = load();

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    static List<String> violations(Chromium browser) {
        browser.js(SOURCE);
        Object result = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }))))
                  .catch(e => done([{ id: 'axe-error', impact: 'error', help: String(e), nodes: [] }]));""", TAGS);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + "\n      "
                        + ((List<String>) v.get("nodes")).stream().collect(Collectors.joining("\n      ")))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: com.deque.html.axe-core:selenium ships it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
