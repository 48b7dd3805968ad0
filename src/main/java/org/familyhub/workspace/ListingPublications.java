package org.familyhub.workspace;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.familyhub.directory.Directory;
import org.familyhub.directory.DirectoryChanges;
import org.familyhub.directory.Publication;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a listing is shown to families, set by editors straight on the listing like a closure: "from 4 January"
 * for a course announced ahead, "until 31 August" for a summer programme. The directory checks the dates
 * ({@link DirectoryChanges#schedulePublication}) and lists or takes down the service on the day; search, the
 * sitemap and the Open Referral feed follow through the outbox.
 */
@Service
@Transactional
public class ListingPublications {

    private static final Logger LOG = LoggerFactory.getLogger(ListingPublications.class);

    private final DirectoryChanges changes;
    private final Directory directory;
    private final WorkspaceAccess access;

    ListingPublications(DirectoryChanges changes, Directory directory, WorkspaceAccess access) {
        this.changes = changes;
        this.directory = directory;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public Optional<Publication> publication(UUID serviceId) {
        access.editor();
        return directory.publication(serviceId);
    }

    /** Either day may be left empty: no first day lists it now, no last day keeps it listed. */
    public void schedule(UUID serviceId, @Nullable LocalDate from, @Nullable LocalDate until) {
        access.editor();
        changes.schedulePublication(serviceId, from, until);
        LOG.info("event=listing-publication-set service={} from={} until={}", serviceId, from, until);
    }
}
