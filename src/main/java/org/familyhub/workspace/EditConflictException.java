package org.familyhub.workspace;

import java.util.List;

/**
 * A save refused because someone else saved the draft after this person opened it. Nothing is written;
 * {@link #theirChanges()} says what the other person changed, and {@link #merged()} is the current draft with
 * this person's own edits laid over it, so saving that keeps both.
 */
public class EditConflictException extends IllegalStateException {

    private final transient List<ChangeInWords> theirChanges;
    private final transient Draft merged;

    EditConflictException(List<ChangeInWords> theirChanges, Draft merged) {
        super("Someone else saved this listing while you were changing it, so your save was refused. Their"
                + " changes are listed below and are now in the form, with yours on top. Check it and save again.");
        this.theirChanges = List.copyOf(theirChanges);
        this.merged = merged;
    }

    public List<ChangeInWords> theirChanges() {
        return theirChanges;
    }

    public Draft merged() {
        return merged;
    }
}
