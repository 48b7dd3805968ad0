package org.familyhub.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.directory.Directory;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.ServiceCard;
import org.familyhub.directory.ServiceDetails;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Temporary closures, set by editors straight on the published listing rather than through a draft: a closure
 * is urgent news ("closed until January, go to Oakenclough instead") and must not wait for review. The directory
 * checks the dates and the alternative ({@link DirectoryChanges#closeTemporarily}); the search index hears of it
 * through the outbox.
 */
@Service
@Transactional
public class ListingClosures {

    private static final Logger LOG = LoggerFactory.getLogger(ListingClosures.class);

    private final DirectoryChanges changes;
    private final Directory directory;
    private final WorkspaceAccess access;

    ListingClosures(DirectoryChanges changes, Directory directory, WorkspaceAccess access) {
        this.changes = changes;
        this.directory = directory;
        this.access = access;
    }

    /** The listing as parents see it, with its closure if it has one. */
    @Transactional(readOnly = true)
    public Optional<ServiceDetails> listing(UUID serviceId) {
        access.editor();
        return directory.service(serviceId);
    }

    /** What an editor closes a service with: every part but the dates' order may be left empty. */
    public record ClosureForm(@Nullable LocalDate from, @Nullable LocalDate until, @Nullable String notice,
            @Nullable UUID alternativeId) {
    }

    public void close(UUID serviceId, ClosureForm form) {
        access.editor();
        changes.closeTemporarily(serviceId, form.from(), form.until(), form.notice(), form.alternativeId());
        LOG.info("event=service-closed service={} from={} until={}", serviceId, form.from(), form.until());
    }

    public void reopen(UUID serviceId) {
        access.editor();
        changes.reopen(serviceId);
        LOG.info("event=service-reopened service={}", serviceId);
    }

    /**
     * Published services whose name or description has the words (any of them, those with the most first, then by
     * name), a page at a time, to choose where families should go instead: never the whole directory at once.
     */
    @Transactional(readOnly = true)
    public List<ServiceCard> alternatives(String words, int offset, int limit) {
        access.editor();
        int size = Math.max(1, limit);
        return directory.servicesMatching(words, offset / size + 1, size).services();
    }
}
