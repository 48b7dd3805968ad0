package org.familyhub.workspace;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A notice on every public page from {@code startsAt} (included) until {@code endsAt} (excluded). */
public record SiteNotice(UUID id, String english, @Nullable String polish, NoticeLevel level, Instant startsAt,
        Instant endsAt, String setBy, Instant setAt) {

    public boolean showsAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** True when a Polish page has no Polish text and shows the English instead. */
    public boolean englishOnlyFor(@Nullable Locale locale) {
        return locale != null && "pl".equals(locale.getLanguage()) && polish == null;
    }

    /** The text in the page's language: Polish when written, else English. */
    public String text(@Nullable Locale locale) {
        return locale != null && "pl".equals(locale.getLanguage()) && polish != null ? polish : english;
    }
}
