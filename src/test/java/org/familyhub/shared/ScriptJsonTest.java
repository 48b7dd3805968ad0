package org.familyhub.shared;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HOSTILE = "</script><script>window.__xss=1</script> <!-- a & b > c \u2028\u2029 </SCRIPT >";

    @Test
    void noCharacterThatHtmlOrOldJavaScriptReadsSpeciallyIsLeft() {
        String escaped = ScriptJson.escape(JSON.writeValueAsString(Map.of("name", HOSTILE)));

        assertThat(escaped).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e", "\\u003c!--", "\\u0026", "\\u2028", "\\u2029");
    }

    @Test
    void aJsonReaderSeesExactlyTheSameValues() {
        Map<String, Object> data = Map.of("name", HOSTILE, "n", 3, "ok", true);

        String escaped = ScriptJson.escape(JSON.writeValueAsString(data));

        assertThat(JSON.readValue(escaped, Map.class)).isEqualTo(data);
    }

    @Test
    void anHtmlParserKeepsTheWholeJsonInsideOneScriptElement() {
        String escaped = ScriptJson.escape(JSON.writeValueAsString(Map.of("description", HOSTILE)));

        Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + escaped
                + "</script></head><body></body></html>");

        assertThat(page.select("script")).hasSize(1);
        assertThat(page.selectFirst("script").data()).isEqualTo(escaped);
        assertThat(JSON.readTree(page.selectFirst("script").data()).get("description").asString()).isEqualTo(HOSTILE);
    }

    @Test
    void withoutEscapingTheSameJsonBreaksOutOfTheScript() {
        String raw = JSON.writeValueAsString(Map.of("description", HOSTILE));

        Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + raw
                + "</script></head><body></body></html>");

        assertThat(page.select("script")).hasSizeGreaterThan(1);
    }
}
