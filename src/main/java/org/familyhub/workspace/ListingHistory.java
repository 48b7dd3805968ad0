package org.familyhub.workspace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familyhub.account.PortalUser;
import org.familyhub.directory.Listings;
import org.familyhub.directory.UnknownRecordException;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.workspace.domain.ListingChange;
import org.familyhub.workspace.domain.ListingChangeRepository;
import org.springframework.data.domain.PageRequest;
import org.familyhub.shared.LockConflicts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Every published change to a listing, newest first, and putting an earlier version back. */
@Service
@Transactional
public class ListingHistory {

    private final ListingChangeRepository changes;
    private final ChangeLog log;
    private final Listings listings;
    private final WorkspaceAccess access;

    /** Entries on one page of the history. */
    public static final int PAGE_SIZE = 20;

    private final ListingChanges words;
    private final TransactionTemplate transaction;

    /**
     * One entry of the history as a person reads it: who, when, what kind of change, and what changed in
     * words (worked out from the versions before and after, so entries written before the words existed read
     * the same).
     */
    public record Entry(UUID id, Instant changedAt, String changedBy, Change.Action action,
            List<ChangeInWords> changes, boolean restorable) {
    }

    /** One page of entries, and how many pages there are. */
    public record Page(List<Entry> entries, int number, int pages) {
    }

    ListingHistory(ListingChangeRepository changes, ChangeLog log, Listings listings, WorkspaceAccess access,
            ListingChanges words, PlatformTransactionManager transactions) {
        this.words = words;
        this.transaction = new TransactionTemplate(transactions);
        this.changes = changes;
        this.log = log;
        this.listings = listings;
        this.access = access;
    }

    /** The listing's changes; a provider sees only their own organisation's listings. */
    @Transactional(readOnly = true)
    public List<Change> of(UUID serviceId) {
        HsdsDocuments.Service current = listings.document(serviceId)
                .orElseThrow(() -> new UnknownRecordException("service", serviceId));
        access.mayEdit(UUID.fromString(String.valueOf(current.organization().id())));
        return changes.findByServiceIdOrderByChangedAtDesc(serviceId).stream().map(ChangeLog::view).toList();
    }

    /** Page {@code number} (from 1) of the listing's history, newest first, paged in the database. */
    @Transactional(readOnly = true)
    public Page page(UUID serviceId, int number) {
        return page(serviceId, number, java.util.Locale.ENGLISH);
    }

    /** As {@link #page(UUID, int)}, what changed labelled in the reader's language. */
    @Transactional(readOnly = true)
    public Page page(UUID serviceId, int number, java.util.Locale language) {
        HsdsDocuments.Service current = listings.document(serviceId)
                .orElseThrow(() -> new UnknownRecordException("service", serviceId));
        access.mayEdit(UUID.fromString(String.valueOf(current.organization().id())));
        var page = changes.findByServiceIdOrderByChangedAtDescIdAsc(serviceId,
                PageRequest.of(Math.max(0, number - 1), PAGE_SIZE));
        List<Entry> entries = page.getContent().stream().map(change -> new Entry(change.getId(),
                change.getChangedAt(), change.getChangedBy(), Change.Action.valueOf(change.getAction()),
                words.between(change.getDocumentBefore() == null ? null
                        : ServiceDocumentJson.read(change.getDocumentBefore()),
                        ServiceDocumentJson.read(change.getDocumentAfter()), language),
                change.getDocumentBefore() != null)).toList();
        return new Page(entries, Math.max(1, number), Math.max(1, page.getTotalPages()));
    }

    /**
     * Undoes a change: the listing goes back to how it was just before it, as a new change (so the
     * history keeps both). Editors only; a change that created the listing cannot be undone this way.
     *
     * <p>In a transaction of its own, run again when it loses a lock conflict: the search indexer may be reading the
     * listing's rows as they are rewritten, and the editor should not see a deadlock's error.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void restoreBefore(UUID changeId) {
        PortalUser editor = access.editor();
        LockConflicts.retriedWithoutResult("restore-listing", () -> transaction.executeWithoutResult(status -> {
            ListingChange change = changes.findById(changeId)
                    .orElseThrow(() -> new UnknownRecordException("change", changeId));
            if (change.getDocumentBefore() == null) {
                throw new IllegalStateException("This change created the listing, so there is nothing earlier to put"
                        + " back. Archive the listing instead.");
            }
            HsdsDocuments.Service earlier = ServiceDocumentJson.read(change.getDocumentBefore());
            HsdsDocuments.Service before = listings.document(change.getServiceId()).orElse(null);
            listings.write(earlier);
            log.record(editor.username(), Change.Action.RESTORED, before,
                    listings.document(change.getServiceId()).orElseThrow());
        }));
    }
}
