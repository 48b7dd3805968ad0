package org.familyhub.directory.feed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import org.familyhub.account.Roles;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentMapping;
import org.familyhub.directory.domain.Service;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' changes to listings that came from a feed. Publishing a change locks the fields it changed
 * ({@link FieldLocks}); while the feed's rule is {@link WhoWins#LOCAL_EDITS} a pull keeps the portal's value of a
 * locked field and takes the feed's for the rest, and says so in its report. With {@link WhoWins#FEED} the feed's
 * values replace the local ones and the locks go. An editor may release the locks, after which the next pull
 * brings the feed's values back.
 */
@org.springframework.stereotype.Service
public class LocalEdits {

    private final ServiceSourceRepository marks;
    private final FeedSourceRepository feeds;
    private final EntityManager entityManager;

    LocalEdits(ServiceSourceRepository marks, FeedSourceRepository feeds, EntityManager entityManager) {
        this.marks = marks;
        this.feeds = feeds;
        this.entityManager = entityManager;
    }

    /**
     * A feed-imported listing's locked fields (as document field names, e.g. {@code name}, {@code phones}), with the
     * feed and its rule; empty for the portal's own listings.
     */
    public record Locks(UUID serviceId, String feedName, WhoWins whoWins, List<String> fields) {
    }

    /**
     * Called in the publishing transaction, after an editor published a change: the fields it changed in a
     * feed-imported listing are locked. Nothing for the portal's own listings.
     */
    @Transactional
    public void published(HsdsDocuments.@Nullable Service before, HsdsDocuments.Service after) {
        if (before == null || before.id() == null) {
            return;
        }
        marks.findById(UUID.fromString(before.id())).ifPresent(mark -> {
            List<String> changed = FieldLocks.changed(before, after);
            if (!changed.isEmpty()) {
                mark.lock(changed);
            }
        });
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Optional<Locks> locks(UUID serviceId) {
        return marks.findById(serviceId).flatMap(mark -> feeds.findById(mark.getFeedSourceId())
                .map(feed -> new Locks(serviceId, feed.getName(), feed.getWhoWins(), List.copyOf(mark.lockedFields()))));
    }

    /** Editors: unlocks the named fields (every one when none are named); the next pull takes the feed's values. */
    @Transactional
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Optional<Locks> release(UUID serviceId, Collection<String> fields) {
        marks.findById(serviceId).ifPresent(mark -> mark.release(fields));
        return locks(serviceId);
    }

    /** What a pull writes for a feed's record, and the report's words about local edits. */
    record Merge(HsdsDocuments.Service document, List<String> reasons) {
    }

    /**
     * Whether a record the feed has not changed must still be written: only when local edits are locked and the
     * feed wins, so that the feed's values replace them. Otherwise the "unchanged" shortcut stands.
     */
    boolean feedReplacesLocks(ServiceSource mark) {
        return !mark.lockedFields().isEmpty() && rule(mark) == WhoWins.FEED;
    }

    /** The feed's record merged with the listing's locked fields, by the feed's rule; a new listing as it comes. */
    Merge merge(@Nullable ServiceSource mark, HsdsDocuments.Service fromFeed, @Nullable Service existing) {
        if (mark == null || existing == null || mark.lockedFields().isEmpty()) {
            return new Merge(fromFeed, List.of());
        }
        Set<String> locked = mark.lockedFields();
        HsdsDocuments.Service local = ServiceDocumentMapping.document(existing);
        if (rule(mark) == WhoWins.FEED) {
            List<String> replaced = FieldLocks.merge(fromFeed, local, locked).kept();
            mark.release(List.of());
            return new Merge(fromFeed, replaced.isEmpty() ? List.of()
                    : List.of("replaced the local " + FieldLocks.words(replaced) + " (this feed wins over local edits)"));
        }
        FieldLocks.Merged merged = FieldLocks.merge(fromFeed, local, locked);
        List<String> reasons = new ArrayList<>();
        if (!merged.kept().isEmpty()) {
            reasons.add("kept the local " + FieldLocks.words(merged.kept())
                    + " (changed in the portal; an editor can release them in the workspace)");
        }
        return new Merge(merged.document(), reasons);
    }

    private WhoWins rule(ServiceSource mark) {
        FeedSource feed = entityManager.find(FeedSource.class, mark.getFeedSourceId());
        return feed == null ? WhoWins.LOCAL_EDITS : feed.getWhoWins();
    }
}
