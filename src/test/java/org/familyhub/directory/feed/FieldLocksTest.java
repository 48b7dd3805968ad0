package org.familyhub.directory.feed;

import java.util.List;
import java.util.Set;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which fields an edit locks, and how a feed's record is merged with the locked ones (no database needed). */
class FieldLocksTest {

    static HsdsDocuments.Service document(String json) {
        return ServiceDocumentJson.read(json);
    }

    static final HsdsDocuments.Service PUBLISHED = document("""
            {"id": "fe0de000-0000-4000-8000-000000000001", "name": "Rhyme Time", "description": "Songs.",
             "assured_date": "2026-01-01", "phones": [{"id": "fe0de000-0000-4000-8000-000000000031", "number": "01270 000 001"}]}""");

    @Test
    void anEditLocksTheTopLevelFieldsItChangedButNotTheLastCheckedDate() {
        HsdsDocuments.Service edited = document("""
                {"id": "fe0de000-0000-4000-8000-000000000001", "name": "Rhyme Time (Tuesdays)", "description": "Songs.",
                 "assured_date": "2026-12-03", "email": "rhymes@example.org",
                 "phones": [{"id": "fe0de000-0000-4000-8000-000000000031", "number": "01270 000 002"}]}""");

        assertThat(FieldLocks.changed(PUBLISHED, edited)).containsExactly("name", "email", "phones");
    }

    @Test
    void nothingAndAnEmptyListAreTheSameAndChildIdsDoNotCount() {
        HsdsDocuments.Service same = document("""
                {"id": "fe0de000-0000-4000-8000-000000000001", "name": "Rhyme Time", "description": "Songs.",
                 "contacts": [], "phones": [{"id": "p1", "number": "01270 000 001"}]}""");

        assertThat(FieldLocks.changed(PUBLISHED, same)).isEmpty();
    }

    @Test
    void aLockedFieldKeepsTheLocalValueAndTheOthersTakeTheFeeds() {
        HsdsDocuments.Service local = document("""
                {"id": "fe0de000-0000-4000-8000-000000000001", "name": "Rhyme Time (Tuesdays)", "description": "Songs.",
                 "email": "rhymes@example.org"}""");
        HsdsDocuments.Service fromFeed = document("""
                {"id": "fe0de000-0000-4000-8000-000000000001", "name": "Rhymes", "description": "Songs and rhymes.",
                 "email": null}""");

        FieldLocks.Merged merged = FieldLocks.merge(fromFeed, local, Set.of("name", "email", "description_x"));

        assertThat(merged.document().name()).isEqualTo("Rhyme Time (Tuesdays)");
        assertThat(merged.document().email()).isEqualTo("rhymes@example.org");
        assertThat(merged.document().description()).isEqualTo("Songs and rhymes.");
        assertThat(merged.kept()).containsExactly("name", "email");
        assertThat(FieldLocks.words(List.of("name", "url", "service_at_locations")))
                .isEqualTo("name, web address, venues and their sessions");
    }
}
