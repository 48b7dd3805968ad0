package org.familyhub.workspace;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.directory.feed.LocalEdits;
import org.familyhub.workspace.domain.ListingChange;
import org.familyhub.workspace.domain.ListingChangeRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Records each published change in the caller's transaction: it exists only if the change committed. Every change an
 * editor makes to a listing is recorded here, however it was made (published, restored, imported, archived), so it
 * is also where a change to a feed's listing locks the fields it changed ({@link LocalEdits}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ChangeLog {

    private final ListingChangeRepository changes;
    private final LocalEdits localEdits;
    private final Clock clock;

    ChangeLog(ListingChangeRepository changes, LocalEdits localEdits, Clock clock) {
        this.changes = changes;
        this.localEdits = localEdits;
        this.clock = clock;
    }

    void record(String who, Change.Action action, HsdsDocuments.@Nullable Service before,
            HsdsDocuments.Service after) {
        List<FieldChange> fields = DocumentDiff.between(before, after);
        changes.save(new ListingChange(UUID.randomUUID(), UUID.fromString(String.valueOf(after.id())),
                clock.instant(), who, action.name(), ServiceDocumentJson.JSON.writeValueAsString(fields),
                before == null ? null : ServiceDocumentJson.write(before), ServiceDocumentJson.write(after)));
        // A change to a listing from a feed locks the fields it changed against the feed's next pulls.
        localEdits.published(before, after);
    }

    static Change view(ListingChange change) {
        List<FieldChange> fields = ServiceDocumentJson.JSON.readValue(change.getFields(),
                new TypeReference<List<FieldChange>>() { });
        return new Change(change.getId(), change.getServiceId(), change.getChangedAt(), change.getChangedBy(),
                Change.Action.valueOf(change.getAction()), fields, change.getDocumentBefore() != null);
    }
}
