package org.familyhub.directory.feed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A feed's rule for a field an editor changed in the portal: the local edit is kept (and the field stays locked
 * until an editor releases it), or the feed's next value replaces it. Codes as the admin API and the database use
 * them.
 */
public enum WhoWins {
    LOCAL_EDITS("local_edits"),
    FEED("feed");

    private final String code;

    WhoWins(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WhoWins> ofCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(rule -> rule.code.equals(wanted)).findFirst();
    }
}
