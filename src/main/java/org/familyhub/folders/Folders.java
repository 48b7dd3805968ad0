package org.familyhub.folders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Roles;
import org.familyhub.directory.Directory;
import org.familyhub.directory.PrintedEntries;
import org.familyhub.portal.ShortlistEmail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional's folders, one per family they support: theirs alone (another professional's folder is not
 * found), each a named shortlist of services with optional notes. Nothing about the family is kept unless the
 * professional records the family's consent; an address typed to send a folder is used for that e-mail only.
 * Refusals are {@link FolderRefused} with the reason in plain words.
 */
@Service
@RolesAllowed(Roles.PROFESSIONAL)
public class Folders {

    private static final Logger LOG = LoggerFactory.getLogger(Folders.class);
    public static final int LABEL_LENGTH = 80;
    public static final int NOTE_LENGTH = 200;
    /** Enough dates to see a fortnightly session twice, as the shortlist shows. */
    public static final int SESSIONS_EACH = 3;

    private final FolderRows rows;
    private final CurrentUser currentUser;
    private final Directory directory;
    private final PrintedEntries printed;
    private final ShortlistEmail email;
    private final FolderEmails emails;
    private final FolderProperties properties;
    private final Clock clock;

    Folders(FolderRows rows, CurrentUser currentUser, Directory directory, PrintedEntries printed,
            ShortlistEmail email, FolderEmails emails, FolderProperties properties, Clock clock) {
        this.rows = rows;
        this.currentUser = currentUser;
        this.directory = directory;
        this.printed = printed;
        this.email = email;
        this.emails = emails;
        this.properties = properties;
        this.clock = clock;
    }

    /** One page of the signed-in professional's folders, most recently changed first. */
    public record FolderPage(List<Folder> folders, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** A folder with its items and, for those still in the directory, what a printed list gives each. */
    public record Contents(Folder folder, List<FolderItem> items, List<PrintedEntries.Entry> entries) {
    }

    @Transactional(readOnly = true)
    public FolderPage mine(int page, int size) {
        String owner = owner();
        int from = Math.max(0, page) * size;
        return new FolderPage(rows.page(owner, from, size), rows.count(owner), Math.max(0, page), size);
    }

    @Transactional(readOnly = true)
    public Optional<Folder> folder(UUID id) {
        return rows.find(id, owner());
    }

    /** The folder, its items and their entries: the services are read together, never one query each. */
    @Transactional(readOnly = true)
    public Optional<Contents> contents(UUID id) {
        return rows.find(id, owner()).map(folder -> {
            List<FolderItem> items = rows.items(id);
            return new Contents(folder, items,
                    printed.entries(items.stream().map(FolderItem::serviceId).toList(), SESSIONS_EACH));
        });
    }

    @Transactional
    public Folder create(String label) {
        String owner = owner();
        String clean = label(label);
        if (rows.count(owner) >= properties.foldersPerOwner()) {
            throw new FolderRefused("folders.refused.tooManyFolders", properties.foldersPerOwner());
        }
        UUID id = UUID.randomUUID();
        rows.insert(id, owner, clean, clock.instant());
        LOG.info("event=folder-created folder={}", id);
        return rows.find(id, owner).orElseThrow();
    }

    @Transactional
    public void rename(UUID id, String label) {
        String clean = label(label);
        if (!rows.rename(id, owner(), clean, clock.instant())) {
            throw notFound();
        }
    }

    @Transactional
    public void delete(UUID id) {
        if (!rows.delete(id, owner())) {
            throw notFound();
        }
        LOG.info("event=folder-deleted folder={}", id);
    }

    /** Adds a service, with an optional note; adding one already there changes nothing. */
    @Transactional
    public void add(UUID id, UUID service, @Nullable String note) {
        Folder folder = rows.find(id, owner()).orElseThrow(Folders::notFound);
        if (rows.hasItem(id, service)) {
            return;
        }
        if (folder.items() >= properties.itemsPerFolder()) {
            throw new FolderRefused("folders.refused.tooManyItems", properties.itemsPerFolder());
        }
        if (directory.service(service).isEmpty()) {
            throw new FolderRefused("folders.refused.noService");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > NOTE_LENGTH) {
            throw new FolderRefused("folders.refused.noteTooLong", NOTE_LENGTH);
        }
        Instant now = clock.instant();
        rows.addItem(id, service, clean, now);
        rows.touch(id, folder.owner(), now);
    }

    @Transactional
    public void remove(UUID id, UUID service) {
        String owner = owner();
        if (rows.find(id, owner).isEmpty()) {
            throw notFound();
        }
        if (rows.removeItem(id, service)) {
            rows.touch(id, owner, clock.instant());
        }
    }

    /**
     * Keeps the family's address and language in the folder: only when the professional says the family agreed,
     * and the record says who said so and when.
     */
    @Transactional
    public void recordConsent(UUID id, String address, String language) {
        if (!ShortlistEmail.validAddress(address)) {
            throw new FolderRefused("folders.refused.address");
        }
        Instant now = clock.instant();
        if (!rows.consent(id, owner(), address.strip().toLowerCase(Locale.ROOT), language(language), owner(), now,
                now)) {
            throw notFound();
        }
        LOG.info("event=folder-consent-recorded folder={}", id);
    }

    /** The family withdrew their consent: their address and language are removed at once. */
    @Transactional
    public void withdrawConsent(UUID id) {
        if (!rows.consent(id, owner(), null, null, null, null, clock.instant())) {
            throw notFound();
        }
        LOG.info("event=folder-consent-withdrawn folder={}", id);
    }

    /**
     * Queues ONE e-mail to the family listing every service in the folder, in English or Polish, through the mail
     * outbox. The address is used for this e-mail only; it is kept only if consent was recorded for it already.
     * A blank address sends to the recorded one.
     *
     * @return the address it went to
     */
    @Transactional
    public String send(UUID id, @Nullable String address, String language) {
        Contents contents = contents(id).orElseThrow(Folders::notFound);
        String to = address == null || address.isBlank()
                ? contents.folder().familyEmail() == null ? "" : contents.folder().familyEmail()
                : address.strip();
        if (!ShortlistEmail.validAddress(to)) {
            throw new FolderRefused("folders.refused.address");
        }
        if (contents.entries().isEmpty()) {
            throw new FolderRefused("folders.refused.empty");
        }
        String words = language(language);
        email.send(to, emails.lines(contents.entries(), words), emails.wording(words));
        rows.touch(id, contents.folder().owner(), clock.instant());
        LOG.info("event=folder-sent folder={} services={}", id, contents.entries().size());
        return to;
    }

    private String owner() {
        return currentUser.require().username();
    }

    private static String label(String label) {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty()) {
            throw new FolderRefused("folders.refused.noLabel");
        }
        if (clean.length() > LABEL_LENGTH) {
            throw new FolderRefused("folders.refused.labelTooLong", LABEL_LENGTH);
        }
        return clean;
    }

    private static String language(String language) {
        return "pl".equals(language) ? "pl" : "en";
    }

    private static FolderRefused notFound() {
        return new FolderRefused("folders.refused.notFound");
    }
}
