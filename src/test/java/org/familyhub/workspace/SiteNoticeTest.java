package org.familyhub.workspace;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a site-wide notice shows, and in which language (#18). */
class SiteNoticeTest {

    static final Instant START = Instant.parse("2026-12-02T07:00:00Z");
    static final Instant END = Instant.parse("2026-12-02T18:00:00Z");

    private static SiteNotice notice(String polish) {
        return new SiteNotice(UUID.randomUUID(), "Closed today because of snow.", polish, NoticeLevel.URGENT, START,
                END, "editor", START);
    }

    @Test
    void aNoticeShowsFromItsStartUntilJustBeforeItsEnd() {
        SiteNotice notice = notice(null);

        assertThat(notice.showsAt(START.minusSeconds(1))).isFalse();
        assertThat(notice.showsAt(START)).isTrue();
        assertThat(notice.showsAt(END.minusSeconds(1))).isTrue();
        assertThat(notice.showsAt(END)).isFalse();
    }

    @Test
    void aPolishPageShowsThePolishTextOrTheEnglishSayingSo() {
        Locale polish = Locale.forLanguageTag("pl");

        assertThat(notice("Dziś zamknięte z powodu śniegu.").text(polish)).isEqualTo("Dziś zamknięte z powodu śniegu.");
        assertThat(notice("Dziś zamknięte z powodu śniegu.").englishOnlyFor(polish)).isFalse();
        assertThat(notice(null).text(polish)).isEqualTo("Closed today because of snow.");
        assertThat(notice(null).englishOnlyFor(polish)).isTrue();
        assertThat(notice("Dziś zamknięte z powodu śniegu.").text(Locale.UK)).isEqualTo("Closed today because of snow.");
        assertThat(notice(null).englishOnlyFor(Locale.UK)).isFalse();
    }
}
