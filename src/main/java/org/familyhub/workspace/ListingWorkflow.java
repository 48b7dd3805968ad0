package org.familyhub.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.Listings;
import org.familyhub.directory.OrganisationSummary;
import org.familyhub.directory.RichText;
import org.familyhub.directory.UnknownRecordException;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.workspace.domain.DraftStatus;
import org.familyhub.workspace.domain.ListingDraft;
import org.familyhub.workspace.domain.ListingChange;
import org.familyhub.workspace.domain.ListingChangeRepository;
import org.familyhub.workspace.domain.ListingDraftRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing listings through review: a change is written as a draft, submitted, and published by an
 * editor (or returned with comments). Providers' changes always wait for review; editors may publish
 * their own at once. While a draft waits, the published listing stays live.
 */
@Service
@Transactional
public class ListingWorkflow {

    private static final EnumSet<DraftStatus> OPEN = EnumSet.of(DraftStatus.DRAFT, DraftStatus.RETURNED);
    private static final EnumSet<DraftStatus> UNPUBLISHED = EnumSet.complementOf(EnumSet.of(DraftStatus.PUBLISHED));

    private final ListingDraftRepository drafts;
    private final Listings listings;
    private final ChangeLog log;
    private final WorkspaceAccess access;
    private final UserAccounts users;
    private final Mail mail;
    private final Clock clock;
    private final ListingChanges changes;
    private final ListingChangeRepository publishedChanges;

    ListingWorkflow(ListingDraftRepository drafts, Listings listings, ChangeLog log, WorkspaceAccess access,
            UserAccounts users, Mail mail, Clock clock, ListingChanges changes, ListingChangeRepository published) {
        this.changes = changes;
        this.publishedChanges = published;
        this.drafts = drafts;
        this.listings = listings;
        this.log = log;
        this.access = access;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    /** The listings the signed-in person may change: all for editors, their organisation's for a provider. */
    @Transactional(readOnly = true)
    public List<ListingSummary> listings() {
        PortalUser user = access.editorOrProvider();
        return listings.summaries().stream()
                .filter(listing -> WorkspaceAccess.mayEdit(user, listing.organisationId())).toList();
    }

    /** The organisations a new listing may be proposed for: any for editors, their own for a provider. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        PortalUser user = access.editorOrProvider();
        return listings.organisations().stream().filter(o -> WorkspaceAccess.mayEdit(user, o.id())).toList();
    }

    /** The signed-in person's open draft of the listing, or a new one holding the published version. */
    public Draft edit(UUID serviceId) {
        HsdsDocuments.Service published = listings.document(serviceId)
                .orElseThrow(() -> new UnknownRecordException("service", serviceId));
        UUID organisationId = organisationOf(published);
        PortalUser user = access.mayEdit(organisationId);
        ListingDraft draft = drafts.findByServiceIdAndAuthorAndStatusIn(serviceId, user.username(), OPEN).stream()
                .findFirst()
                .orElseGet(() -> drafts.save(new ListingDraft(UUID.randomUUID(), serviceId, organisationId, false,
                        ServiceDocumentJson.write(published), user.username(), clock.instant())));
        return view(draft);
    }

    /** A new listing for the organisation, to be filled in and sent for review (or published by an editor). */
    public Draft propose(UUID organisationId) {
        PortalUser user = access.mayEdit(organisationId);
        OrganisationSummary organisation = listings.organisation(organisationId)
                .orElseThrow(() -> new UnknownRecordException("organisation", organisationId));
        return view(drafts.save(newDraft(blank(organisation), user)));
    }

    /** A new listing from a document someone prepared (a legacy page, an import), for the organisation. */
    Draft propose(HsdsDocuments.Service document, PortalUser user) {
        return view(drafts.save(newDraft(listings.clean(document), user)));
    }

    private ListingDraft newDraft(HsdsDocuments.Service document, PortalUser user) {
        return new ListingDraft(UUID.randomUUID(), UUID.fromString(String.valueOf(document.id())),
                organisationOf(document), true, ServiceDocumentJson.write(document), user.username(),
                clock.instant());
    }

    @Transactional(readOnly = true)
    public Draft draft(UUID draftId) {
        ListingDraft draft = load(draftId);
        access.mayEdit(draft.getOrganisationId());
        return view(draft);
    }

    /**
     * Saves the form into the draft, if every field is valid.
     *
     * @throws InvalidListingException naming each field at fault; the draft is not changed
     */
    public Draft save(UUID draftId, ListingForm form) {
        return save(draftId, form::applyTo);
    }

    /**
     * Saves the editor's changes to the whole document (the form's fields, topics, venues and sessions), if the
     * result is valid.
     *
     * @throws InvalidListingException naming each field at fault; the draft is not changed
     */
    public Draft save(UUID draftId, UnaryOperator<HsdsDocuments.Service> changes) {
        ListingDraft draft = load(draftId);
        PortalUser user = access.mayEdit(draft.getOrganisationId());
        boolean mayChange = draft.getStatus().open() && draft.getAuthor().equals(user.username())
                || WorkspaceAccess.isEditor(user) && draft.getStatus() != DraftStatus.PUBLISHED;
        if (!mayChange) {
            throw new IllegalStateException("This draft is " + describe(draft.getStatus())
                    + " and can no longer be changed.");
        }
        HsdsDocuments.Service document = listings.clean(changes.apply(document(draft)));
        List<String> problems = listings.problems(document);
        if (!problems.isEmpty()) {
            throw new InvalidListingException(problems);
        }
        draft.update(ServiceDocumentJson.write(document), clock.instant());
        return view(draft);
    }

    /**
     * Saves the form, which the person filled in from {@code base}: refused when someone else has saved the draft
     * since (its version moved on), so no one overwrites another's edits unseen.
     *
     * @throws EditConflictException saying what the other person changed; nothing is written
     */
    public Draft save(Draft base, ListingForm form) {
        return save(base, form, UnaryOperator.identity());
    }

    /**
     * Saves the form and the editor's sections (topics, venues, sessions) applied after it, refused as
     * {@link #save(Draft, ListingForm)} is when someone else saved the draft since; the sections are then shown as the
     * other person left them.
     */
    public Draft save(Draft base, ListingForm form, UnaryOperator<HsdsDocuments.Service> sections) {
        ListingDraft draft = load(base.id());
        if (draft.getVersion() != base.version()) {
            access.mayEdit(draft.getOrganisationId());
            Draft current = view(draft);
            throw new EditConflictException(language -> changes.between(base.document(), current.document(), language),
                    current.withForm(overlay(base.form(), form, current.form())));
        }
        save(base.id(), document -> sections.apply(form.applyTo(document)));
        return saved(load(base.id()));
    }

    /** The draft as shown after a change, with the version the change gave it (written now, not at commit). */
    private Draft saved(ListingDraft draft) {
        drafts.flush();
        return view(draft);
    }

    /** The current form with every field this person changed from what they started with put on top. */
    private static ListingForm overlay(ListingForm base, ListingForm mine, ListingForm current) {
        try {
            var fields = ListingForm.class.getRecordComponents();
            Object[] values = new Object[fields.length];
            Class<?>[] types = new Class<?>[fields.length];
            for (int i = 0; i < fields.length; i++) {
                var accessor = fields[i].getAccessor();
                Object own = accessor.invoke(mine);
                values[i] = Objects.equals(own, accessor.invoke(base)) ? accessor.invoke(current) : own;
                types[i] = fields[i].getType();
            }
            return ListingForm.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Editors only: what a draft changes in the published listing, in words, for the review screen. */
    @Transactional(readOnly = true)
    public List<ChangeInWords> changes(UUID draftId) {
        return changes(draftId, java.util.Locale.ENGLISH);
    }

    /** As {@link #changes(UUID)}, labelled in the reviewer's language. */
    @Transactional(readOnly = true)
    public List<ChangeInWords> changes(UUID draftId, java.util.Locale language) {
        access.editor();
        ListingDraft draft = load(draftId);
        HsdsDocuments.Service current = listings.document(draft.getServiceId()).orElse(null);
        return changes.between(current, rebased(draft, current), language);
    }

    /**
     * Editors only: publishes the approved sections of a draft waiting for review and returns the rest to the
     * author with the comment. The published listing gets exactly the approved changes; the draft keeps all
     * its changes, so what it still differs by is what was returned. All approved is an ordinary publish;
     * none is an ordinary return. A new listing is published or returned whole.
     */
    public Draft publishApproved(UUID draftId, long version, java.util.Collection<String> approved,
            String comment) {
        access.editor();
        ListingDraft draft = load(draftId);
        if (draft.getStatus() != DraftStatus.SUBMITTED) {
            throw new IllegalStateException("Only a draft waiting for review can be approved in parts.");
        }
        if (draft.getVersion() != version) {
            throw new IllegalStateException("This draft changed while you were reviewing it. Open it again to"
                    + " see its changes.");
        }
        HsdsDocuments.Service published = listings.document(draft.getServiceId()).orElse(null);
        HsdsDocuments.Service proposed = rebased(draft, published);
        List<ChangeInWords> all = changes.between(published, proposed);
        java.util.Set<String> sections = new java.util.LinkedHashSet<>();
        all.forEach(change -> sections.add(change.section()));
        java.util.Set<String> publish = new java.util.LinkedHashSet<>(sections);
        publish.retainAll(approved);
        if (publish.equals(sections)) {
            return publish(draftId);
        }
        if (publish.isEmpty()) {
            return returnToAuthor(draftId, comment);
        }
        if (published == null) {
            throw new IllegalStateException("A new listing is published whole or sent back whole.");
        }
        String reason = RichText.plain(comment);
        if (reason == null || reason.isBlank()) {
            throw new InvalidListingException(List.of("comment: say what the author should change in the"
                    + " changes you did not tick"));
        }
        PortalUser editor = access.editor();
        HsdsDocuments.Service merged = changes.merge(published, proposed, publish);
        requireValid(merged);
        listings.publish(merged, LocalDate.now(clock), editor.email());
        HsdsDocuments.Service nowLive = listings.document(draft.getServiceId()).orElseThrow();
        log.record(editor.username(), Change.Action.PUBLISHED, published, nowLive);
        List<String> returned = all.stream().filter(change -> !publish.contains(change.section()))
                .map(ChangeInWords::sectionLabel).distinct().toList();
        List<String> live = all.stream().filter(change -> publish.contains(change.section()))
                .map(ChangeInWords::sectionLabel).distinct().toList();
        draft.returnToAuthor(reason.strip(), editor.username(), clock.instant());
        tellAuthor(draft, editor, "partly published", "Some of your changes to '" + published.name()
                + "' are now live: " + String.join(", ", live) + ".\n\nThese need more work: "
                + String.join(", ", returned) + ".\n\n" + reason.strip()
                + "\n\nOpen the draft in the workspace, change it and send it again.");
        return saved(draft);
    }

    /** Sends the draft for review. It must be complete and valid. */
    public Draft submit(UUID draftId) {
        ListingDraft draft = load(draftId);
        PortalUser user = access.mayEdit(draft.getOrganisationId());
        if (!draft.getStatus().open() || !draft.getAuthor().equals(user.username())) {
            throw new IllegalStateException("Only the author can send a draft for review, and only once.");
        }
        requireValid(document(draft));
        draft.submit(clock.instant());
        return saved(draft);
    }

    /**
     * Editors only: the draft becomes the published listing, searchable within seconds, and counts as checked
     * today (the editor has just read it through), so it is not flagged as out of date.
     */
    public Draft publish(UUID draftId) {
        PortalUser editor = access.editor();
        ListingDraft draft = load(draftId);
        if (draft.getStatus() == DraftStatus.PUBLISHED) {
            throw new IllegalStateException("This draft is already published.");
        }
        HsdsDocuments.Service before = listings.document(draft.getServiceId()).orElse(null);
        HsdsDocuments.Service document = rebased(draft, before);
        requireValid(document);
        listings.publish(document, LocalDate.now(clock), editor.email());
        HsdsDocuments.Service live = listings.document(draft.getServiceId()).orElseThrow();
        log.record(editor.username(), before == null ? Change.Action.CREATED : Change.Action.PUBLISHED, before, live);
        draft.publish(editor.username(), clock.instant());
        tellAuthor(draft, editor, "published", "Your change to '" + document.name() + "' is now live on the"
                + " directory.");
        return saved(draft);
    }

    /** Editors only: sends a submitted draft back to its author with what to change. */
    public Draft returnToAuthor(UUID draftId, String comment) {
        PortalUser editor = access.editor();
        ListingDraft draft = load(draftId);
        if (draft.getStatus() != DraftStatus.SUBMITTED) {
            throw new IllegalStateException("Only a draft waiting for review can be returned.");
        }
        String reason = RichText.plain(comment);
        if (reason == null || reason.isBlank()) {
            throw new InvalidListingException(List.of("comment: say what the author should change"));
        }
        draft.returnToAuthor(reason.strip(), editor.username(), clock.instant());
        tellAuthor(draft, editor, "returned", "Your change to '" + document(draft).name() + "' needs more work:\n\n"
                + reason.strip() + "\n\nOpen it in the workspace, change it and send it again.");
        return saved(draft);
    }

    /** Drafts the signed-in person started and that are not yet published. */
    @Transactional(readOnly = true)
    public List<Draft> myDrafts() {
        PortalUser user = access.editorOrProvider();
        return drafts.findByAuthorAndStatusInOrderByUpdatedAtDesc(user.username(), UNPUBLISHED).stream()
                .filter(draft -> WorkspaceAccess.mayEdit(user, draft.getOrganisationId()))
                .map(this::view).toList();
    }

    /** Editors only: drafts waiting for review, oldest first. */
    @Transactional(readOnly = true)
    public List<Draft> reviewQueue() {
        access.editor();
        return drafts.findByStatusOrderByUpdatedAt(DraftStatus.SUBMITTED).stream().map(this::view).toList();
    }

    /** The listing was checked and is still right: its "last checked" date becomes today. */
    public void confirmAccurate(UUID serviceId) {
        HsdsDocuments.Service before = listings.document(serviceId)
                .orElseThrow(() -> new UnknownRecordException("service", serviceId));
        PortalUser user = access.mayEdit(organisationOf(before));
        listings.confirmAccurate(serviceId, LocalDate.now(clock), user.email());
        log.record(user.username(), Change.Action.CONFIRMED, before, listings.document(serviceId).orElseThrow());
    }

    /** Editors only: the listing leaves search and the public pages, and keeps its history. */
    public void archive(UUID serviceId) {
        PortalUser editor = access.editor();
        HsdsDocuments.Service before = listings.document(serviceId)
                .orElseThrow(() -> new UnknownRecordException("service", serviceId));
        listings.archive(serviceId);
        log.record(editor.username(), Change.Action.ARCHIVED, before, listings.document(serviceId).orElseThrow());
    }

    /**
     * The draft as it would be published now. When others have published changes since the draft was started,
     * only the parts this draft changed are laid over the current listing, so their changes to other parts are
     * kept; where both changed the same part, the draft's version shows in the review as a change against the
     * current listing (seen, not silently undone).
     */
    private HsdsDocuments.Service rebased(ListingDraft draft, HsdsDocuments.@Nullable Service current) {
        HsdsDocuments.Service mine = document(draft);
        if (current == null || draft.isNewListing()) {
            return mine;
        }
        String startedFrom = publishedChanges.findFirstByServiceIdAndChangedAtGreaterThanOrderByChangedAtAsc(
                draft.getServiceId(), draft.getCreatedAt()).map(ListingChange::getDocumentBefore).orElse(null);
        if (startedFrom == null) {
            return mine;
        }
        java.util.Set<String> ours = new java.util.LinkedHashSet<>();
        changes.between(ServiceDocumentJson.read(startedFrom), mine).forEach(change -> ours.add(change.section()));
        return changes.merge(current, mine, ours);
    }

    private void requireValid(HsdsDocuments.Service document) {
        List<String> problems = listings.problems(document);
        if (!problems.isEmpty()) {
            throw new InvalidListingException(problems);
        }
    }

    private void tellAuthor(ListingDraft draft, PortalUser editor, String what, String body) {
        if (draft.getAuthor().equals(editor.username())) {
            return;
        }
        users.find(draft.getAuthor()).filter(author -> author.has(Role.PROVIDER) || author.has(Role.EDITOR))
                .map(PortalUser::email).filter(Objects::nonNull)
                .ifPresent(to -> mail.queue(new Email(to, "Your listing change was " + what, body)));
    }

    private HsdsDocuments.Service blank(OrganisationSummary organisation) {
        return ServiceDocumentJson.JSON.convertValue(java.util.Map.of(
                "id", UUID.randomUUID().toString(), "name", "", "status", "active",
                "organization", java.util.Map.of("id", organisation.id().toString(), "name", organisation.name())),
                HsdsDocuments.Service.class);
    }

    private ListingDraft load(UUID draftId) {
        return drafts.findById(draftId).orElseThrow(() -> new UnknownRecordException("draft", draftId));
    }

    private static HsdsDocuments.Service document(ListingDraft draft) {
        return ServiceDocumentJson.read(draft.getDocument());
    }

    private static UUID organisationOf(HsdsDocuments.Service document) {
        return UUID.fromString(String.valueOf(Objects.requireNonNull(document.organization()).id()));
    }

    private static String describe(DraftStatus status) {
        return switch (status) {
            case SUBMITTED -> "waiting for review";
            case PUBLISHED -> "published";
            default -> "open";
        };
    }

    private Draft view(ListingDraft draft) {
        HsdsDocuments.Service document = document(draft);
        String organisation = document.organization() == null ? "" : String.valueOf(document.organization().name());
        return new Draft(draft.getId(), draft.getServiceId(), draft.getOrganisationId(), organisation,
                draft.isNewListing(), Draft.Status.of(draft.getStatus()), draft.getAuthor(), draft.getUpdatedAt(),
                draft.getReviewComment(), draft.getReviewedBy(), ListingForm.of(document),
                RichText.toPlainText(document.description()), draft.getVersion(), document);
    }
}
