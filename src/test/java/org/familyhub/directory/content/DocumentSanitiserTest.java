package org.familyhub.directory.content;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The one cleaner every way a listing comes in uses (content, workspace, CSV, ORUK JSON, feeds, legacy pages). */
class DocumentSanitiserTest {

    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String BREAKOUT = "</script><script>window.__xss=1</script>";
    static final String IMAGE = "<img src=x onerror=\"window.__xss=1\">";

    private static HsdsDocuments.Service document(Map<String, Object> fields) {
        return ServiceDocumentJson.JSON.convertValue(fields, HsdsDocuments.Service.class);
    }

    @Test
    void everyFieldOfAFeedRecordLosesItsMarkupAndTheDescriptionKeepsOnlyTheSafeSubset() {
        HsdsDocuments.Service hostile = document(Map.of(
                "id", "fe0d0000-0000-4000-8000-00000000abcd",
                "name", "Wombat club " + BREAKOUT,
                "description", "<p onclick=\"window.__xss=1\">Hello <strong>families</strong></p>" + SCRIPT + IMAGE
                        + "<a href=\"javascript:window.__xss=1\">x</a>",
                "fees_description", "&lt;script&gt;window.__xss=1&lt;/script&gt;",
                "organization", Map.of("id", "fe0d0000-0000-4000-8000-00000000abce", "name", IMAGE + "Trust"),
                "service_at_locations", List.of(Map.of("id", "fe0d0000-0000-4000-8000-00000000abcf",
                        "location", Map.of("id", "fe0d0000-0000-4000-8000-00000000abd0", "name",
                                "\"><svg onload=window.__xss=1>Hall")))));

        DocumentSanitiser.Cleaned cleaned = DocumentSanitiser.clean(hostile);

        HsdsDocuments.Service s = cleaned.document();
        assertThat(s.name()).isEqualTo("Wombat club ");
        assertThat(s.description()).isEqualTo("<p>Hello <strong>families</strong></p><a rel=\"nofollow\">x</a>");
        assertThat(s.feesDescription()).doesNotContain("<", ">");
        assertThat(s.organization().name()).isEqualTo("Trust");
        assertThat(s.serviceAtLocations().getFirst().location().name()).doesNotContain("<", ">").endsWith("Hall");
        assertThat(cleaned.problems()).isEmpty();
    }

    @Test
    void aWebAddressThatIsNotHttpIsAProblemNotStored() {
        DocumentSanitiser.Cleaned cleaned = DocumentSanitiser.clean(document(Map.of("id",
                "fe0d0000-0000-4000-8000-00000000abcd", "name", "x", "url", "javascript:window.__xss=1")));

        assertThat(cleaned.problems()).singleElement().asString().startsWith("url:");
    }

    @Test
    void whatIsPublishedIsCleanedTheSameWayAtAnyDepth() {
        JsonNode page = ServiceDocumentJson.JSON.valueToTree(Map.of("total_items", 1, "contents", List.of(Map.of(
                "name", BREAKOUT + "Wombat",
                "description", "<p>Safe words</p>" + SCRIPT + IMAGE,
                "organization", Map.of("name", IMAGE + "Trust", "description", "<b>Our</b> trust" + SCRIPT)))));

        JsonNode cleaned = DocumentSanitiser.cleanPublished(page);

        JsonNode service = cleaned.get("contents").get(0);
        assertThat(service.get("name").asString()).isEqualTo("Wombat");
        assertThat(service.get("description").asString()).isEqualTo("<p>Safe words</p>");
        assertThat(service.get("organization").get("name").asString()).isEqualTo("Trust");
        assertThat(service.get("organization").get("description").asString()).isEqualTo("<b>Our</b> trust");
        assertThat(cleaned.get("total_items").asInt()).isEqualTo(1);
    }

    @Test
    void cleaningTwiceChangesNothingMore() {
        HsdsDocuments.Service once = DocumentSanitiser.clean(document(Map.of("id",
                "fe0d0000-0000-4000-8000-00000000abcd", "name", "Fish & chips " + IMAGE,
                "description", "<ul><li>One</li></ul>" + SCRIPT))).document();

        assertThat(DocumentSanitiser.clean(once).document()).isEqualTo(once);
    }
}
