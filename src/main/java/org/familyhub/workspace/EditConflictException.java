package org.familyhub.workspace;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A save refused because someone else saved the draft after this person opened it. Nothing is written;
 * {@link #theirChanges(Locale)} says what the other person changed, in the reader's language, and {@link #merged()}
 * is the current draft with this person's own edits laid over it, so saving that keeps both.
 */
public class EditConflictException extends IllegalStateException {

    private final transient Function<Locale, List<ChangeInWords>> theirChanges;
    private final transient Draft merged;

    EditConflictException(Function<Locale, List<ChangeInWords>> theirChanges, Draft merged) {
        super("Someone else saved this listing while you were changing it, so your save was refused. Their"
                + " changes are listed below and are now in the form, with yours on top. Check it and save again.");
        this.theirChanges = theirChanges;
        this.merged = merged;
    }

    /** What the other person changed, labelled in English. */
    public List<ChangeInWords> theirChanges() {
        return theirChanges(Locale.ENGLISH);
    }

    /** What the other person changed, labelled in the reader's language ({@code pl} Polish, anything else English). */
    public List<ChangeInWords> theirChanges(Locale language) {
        return List.copyOf(theirChanges.apply(language));
    }

    public Draft merged() {
        return merged;
    }
}
