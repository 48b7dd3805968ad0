package org.familyhub.workspace.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.directory.EmailAddress;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.PhoneNumber;
import org.familyhub.directory.ServiceStatus;
import org.familyhub.directory.WebAddress;
import org.familyhub.directory.UnknownRecordException;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.Draft;
import org.familyhub.workspace.EditConflictException;
import org.familyhub.workspace.ListingForm;
import org.familyhub.workspace.ListingWorkflow;
import org.familyhub.shared.DateText;
import org.familyhub.directory.TermChoices;
import org.familyhub.directory.VenueLookup;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.workspace.ui.listing.ContactsSection;
import org.familyhub.workspace.ui.listing.CostSection;
import org.familyhub.workspace.ui.listing.DescriptionEditor;
import org.familyhub.workspace.ui.listing.LanguagesSection;
import org.familyhub.workspace.ui.listing.LocalEditsSection;
import org.familyhub.directory.feed.LocalEdits;
import org.familyhub.workspace.ui.listing.TermsSection;
import org.familyhub.workspace.ui.listing.VenuesSection;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The listing form: every field labelled, and the description written in Markdown with a preview of how it
 * will look. Authors save and send for review; editors also publish or return with comments. The form's own fields go through a {@link Binder} to value objects, so each mistake is shown
 * beside its field, together with the sections' own, and nothing is saved while any is left.
 */
@Route(value = "workspace/drafts", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
class DraftView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final ListingWorkflow workflow;
    private final DateText dates;
    private final boolean editor;
    private final String username;
    private final Feedback feedback = new Feedback();
    private final H1 heading = new H1();
    private final Paragraph state = new Paragraph();
    private final Paragraph comment = new Paragraph();
    private final TextField name = new TextField();
    private final TextField alternateName = new TextField();
    private final DescriptionEditor description = new DescriptionEditor();
    private final Select<ServiceStatus> status = new Select<>();
    private final TextField email = new TextField();
    private final TextField url = new TextField();
    private final TextField phone = new TextField();
    private final BigDecimalField minimumAge = new BigDecimalField();
    private final BigDecimalField maximumAge = new BigDecimalField();
    private final Anchor localOffer = new Anchor();
    private final Anchor calendarFeed = new Anchor();
    private final Anchor closure = new Anchor();
    private final Anchor publication = new Anchor();
    private final TextField fees = new TextField();
    private final TextArea eligibility = new TextArea();
    private final TextArea applicationProcess = new TextArea();
    private final TermsSection terms;
    private final VenuesSection venues;
    private final CostSection costs = new CostSection();
    private final LanguagesSection languages = new LanguagesSection();
    private final ContactsSection contacts = new ContactsSection();
    private final LocalEditsSection feedLocks;
    private final HorizontalLayout actions = new HorizontalLayout();
    /** An editor's review of the changes (#15), or what another person changed when a save was refused. */
    private final Div changes = new Div();
    private final Binder<ListingFields> binder = new Binder<>();
    private @Nullable Draft draft;

    DraftView(ListingWorkflow workflow, CurrentUser currentUser, DateText dates, TermChoices termChoices,
            VenueLookup venueLookup, Clock clock, LocalEdits localEdits) {
        this.workflow = workflow;
        this.feedLocks = new LocalEditsSection(localEdits);
        this.terms = new TermsSection(termChoices);
        this.venues = new VenuesSection(venueLookup, termChoices, clock);
        this.dates = dates;
        this.editor = currentUser.get().map(u -> u.has(Role.EDITOR) || u.has(Role.ADMIN)).orElse(false);
        this.username = currentUser.get().map(u -> u.username()).orElse("");
        addClassName("workspace-draft");
        label();
        bind();
        FormLayout form = new FormLayout(name, alternateName, status, description, email, url, phone, minimumAge,
                maximumAge, fees, eligibility, applicationProcess);
        form.setColspan(description, 2);
        add(new Anchor("workspace", getTranslation("editor.title")), heading, state, comment,
                new Paragraph(getTranslation("editor.draft.liveStays")), new Paragraph(localOffer), new Paragraph(calendarFeed), new Paragraph(closure),
                new Paragraph(publication), feedback, form, terms, venues, costs, languages, contacts, feedLocks, actions);
        addComponentAtIndex(2, changes);
    }

    private void label() {
        name.setLabel(getTranslation("editor.field.name"));
        name.setRequiredIndicatorVisible(true);
        alternateName.setLabel(getTranslation("editor.field.alternateName"));
        status.setLabel(getTranslation("editor.field.status"));
        status.setItems(ServiceStatus.values());
        status.setItemLabelGenerator(choice -> getTranslation(choice.messageKey()));
        email.setLabel(getTranslation("editor.field.email"));
        url.setLabel(getTranslation("editor.field.url"));
        phone.setLabel(getTranslation("editor.field.phone"));
        minimumAge.setLabel(getTranslation("editor.field.minimumAge"));
        maximumAge.setLabel(getTranslation("editor.field.maximumAge"));
        localOffer.setText(getTranslation("editor.draft.localOffer"));
        calendarFeed.setText(getTranslation("editor.calendarFeed.link"));
        closure.setText(getTranslation("editor.closure.link"));
        publication.setText(getTranslation("editor.publication.link"));
        fees.setLabel(getTranslation("editor.field.fees"));
        eligibility.setLabel(getTranslation("editor.field.eligibility"));
        applicationProcess.setLabel(getTranslation("editor.field.applicationProcess"));
    }

    /** Each field to its part of {@link ListingFields}; the closed sets through their value objects' own rules. */
    private void bind() {
        binder.forField(name).asRequired(getTranslation("editor.field.nameMissing"))
                .bind(ListingFields::getName, ListingFields::setName);
        binder.forField(alternateName).withNullRepresentation("")
                .bind(ListingFields::getAlternateName, ListingFields::setAlternateName);
        // The description as stored (safe HTML), written in Markdown by its editor.
        binder.forField(description).withNullRepresentation("")
                .bind(ListingFields::getDescription, ListingFields::setDescription);
        // A validator, not asRequired: a required vaadin-select marks its button aria-required, which axe refuses.
        binder.forField(status)
                .withValidator(java.util.Objects::nonNull, getTranslation("editor.field.statusMissing"))
                .bind(ListingFields::getStatus, ListingFields::setStatus);
        binder.forField(email).withConverter(new ParsedText<>(EmailAddress::parse, EmailAddress::value,
                getTranslation("editor.field.emailWrong"))).bind(ListingFields::getEmail, ListingFields::setEmail);
        binder.forField(url).withConverter(new ParsedText<>(WebAddress::parse, WebAddress::value,
                getTranslation("editor.field.urlWrong"))).bind(ListingFields::getUrl, ListingFields::setUrl);
        binder.forField(phone).withConverter(new ParsedText<>(PhoneNumber::parse, PhoneNumber::display,
                getTranslation("editor.field.phoneWrong"))).bind(ListingFields::getPhone, ListingFields::setPhone);
        binder.forField(minimumAge).withValidator(DraftView::age, getTranslation("editor.field.ageWrong"))
                .bind(ListingFields::getMinimumAge, ListingFields::setMinimumAge);
        binder.forField(maximumAge).withValidator(DraftView::age, getTranslation("editor.field.ageWrong"))
                .bind(ListingFields::getMaximumAge, ListingFields::setMaximumAge);
        binder.forField(fees).withNullRepresentation("").bind(ListingFields::getFees, ListingFields::setFees);
        binder.forField(eligibility).withNullRepresentation("")
                .bind(ListingFields::getEligibility, ListingFields::setEligibility);
        binder.forField(applicationProcess).withNullRepresentation("")
                .bind(ListingFields::getApplicationProcess, ListingFields::setApplicationProcess);
    }

    /** Ages as the directory takes them: none, or 0 to 120 years. */
    private static boolean age(@Nullable BigDecimal years) {
        return years == null || years.signum() >= 0 && years.compareTo(BigDecimal.valueOf(120)) <= 0;
    }

    @Override
    public void setParameter(BeforeEvent event, String draftId) {
        UUID id = Ids.parse(draftId).orElseThrow(NotFoundException::new);
        try {
            show(workflow.draft(id));
        } catch (UnknownRecordException e) {
            throw new NotFoundException();
        }
    }

    private void show(Draft shown) {
        this.draft = shown;
        changes.removeAll();
        if (editor && shown.status() == Draft.Status.SUBMITTED) {
            changes.add(new ReviewChanges(workflow, shown, reviewed -> {
                show(reviewed);
                feedback.done(getTranslation("editor.review.done"));
            }));
        }
        // The SEND Local Offer's questions are answered apart from the listing (#19), once it is published.
        localOffer.setHref("workspace/local-offer/" + shown.serviceId());
        localOffer.setVisible(!shown.newListing());
        // Sessions from the provider's own calendar replace only the feed's, so they are set apart from the draft.
        calendarFeed.setHref("workspace/calendar-feed/" + shown.serviceId());
        calendarFeed.setVisible(!shown.newListing());
        // A closure is urgent news: editors set it on the published listing at once, not through this draft (#18).
        closure.setHref("workspace/closure/" + shown.serviceId());
        closure.setVisible(editor && !shown.newListing());
        publication.setHref("workspace/publication/" + shown.serviceId());
        publication.setVisible(editor && !shown.newListing());
        // Fields kept from the listing's feed because an editor changed them, to be released here (#20).
        if (editor && !shown.newListing()) {
            feedLocks.show(shown.serviceId());
        }
        heading.setText(getTranslation("editor.draft.title",
                shown.name().isBlank() ? getTranslation("editor.draft.new") : shown.name()));
        state.setText(getTranslation("editor.draft.state", getTranslation("editor.status." + shown.status().name()),
                dates.dateTime(shown.updatedAt(), getLocale()), shown.author()));
        comment.setText(shown.reviewComment() == null ? "" : getTranslation("editor.draft.comment",
                shown.reviewComment()));
        comment.setVisible(shown.reviewComment() != null && shown.status() == Draft.Status.RETURNED);
        ListingForm f = shown.form();
        binder.readBean(ListingFields.of(f));
        // A stored value no rule accepts (from before the rules) is shown as it is, to be put right, not dropped.
        showRefused(email, f.email(), EmailAddress.parse(f.email()).isEmpty());
        showRefused(url, f.url(), WebAddress.parse(f.url()).isEmpty());
        showRefused(phone, f.phone(), PhoneNumber.parse(f.phone()).isEmpty());
        HsdsDocuments.Service document = shown.document();
        terms.read(document);
        venues.read(document);
        costs.read(document);
        languages.read(document);
        contacts.read(document);
        showActions(shown);
    }

    private void showActions(Draft shown) {
        actions.removeAll();
        boolean author = shown.author().equals(username);
        boolean mayChange = shown.status().open() && author || editor && shown.status() != Draft.Status.PUBLISHED;
        if (mayChange) {
            Button save = new Button(getTranslation("editor.save"), click -> run(() -> {
                show(workflow.save(shown, form(), this::sections));
                feedback.done(getTranslation("editor.saved"));
            }));
            actions.add(save);
        }
        if (shown.status().open() && author && !editor) {
            Button submit = new Button(getTranslation("editor.submit"), click -> run(() -> {
                workflow.save(shown, form(), this::sections);
                show(workflow.submit(shown.id()));
                feedback.done(getTranslation("editor.submitted"));
            }));
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(submit);
        }
        if (editor && shown.status() != Draft.Status.PUBLISHED) {
            Button publish = new Button(getTranslation("editor.publish"), click -> run(() -> {
                workflow.save(shown, form(), this::sections);
                show(workflow.publish(shown.id()));
                feedback.done(getTranslation("editor.published"));
            }));
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(publish);
        }
        if (editor && shown.status() == Draft.Status.SUBMITTED) {
            TextArea reason = new TextArea(getTranslation("editor.returnComment"));
            Button giveBack = new Button(getTranslation("editor.return"), click -> run(() -> {
                show(workflow.returnToAuthor(shown.id(), reason.getValue()));
                feedback.done(getTranslation("editor.returned"));
            }));
            actions.add(reason, giveBack);
        }
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        Arrays.stream(new Component[] {name, alternateName, description, status, email, url, phone, minimumAge,
                maximumAge, fees, eligibility, applicationProcess}).forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>)
                        field).setReadOnly(!mayChange));
        terms.setEditable(mayChange);
        venues.setEditable(mayChange);
        costs.setEditable(mayChange);
        languages.setEditable(mayChange);
        contacts.setEditable(mayChange);
    }

    private void run(Runnable action) {
        feedback.attempt(getTranslation("editor.problems"), () -> {
            try {
                action.run();
            } catch (EditConflictException conflict) {
                show(conflict.merged());
                changes.add(new H2(getTranslation("editor.conflict.title")), new ChangeList(conflict.theirChanges(getLocale())));
                throw new IllegalStateException(getTranslation("editor.conflict.refused"), conflict);
            }
        });
    }

    private static void showRefused(TextField field, @Nullable String stored, boolean refused) {
        if (stored != null && !stored.isBlank() && refused) {
            field.setValue(stored);
        }
    }

    /**
     * After the form's fields: the topics, the venues and sessions, the costs, languages, contacts and other phones
     * (which throw on a mistake: nothing saved).
     */
    private HsdsDocuments.Service sections(HsdsDocuments.Service document) {
        List<String> problems = sectionProblems();
        if (!problems.isEmpty()) {
            throw new InvalidListingException(problems);
        }
        return contacts.applyTo(languages.applyTo(costs.applyTo(venues.applyTo(terms.applyTo(document)))));
    }

    /**
     * The form's own fields as the binder checked them, its venue fields as stored (the venues section edits venues).
     * Any field's mistake, or any section's, refuses the whole save before anything is written: each is marked beside
     * its field, and all are listed together.
     */
    private ListingForm form() {
        List<String> problems = new ArrayList<>();
        for (BindingValidationStatus<?> wrong : binder.validate().getFieldValidationErrors()) {
            String label = wrong.getField() instanceof HasLabel labelled ? labelled.getLabel() : null;
            String message = wrong.getMessage().orElse("");
            problems.add(label == null ? message : label + ": " + message);
        }
        problems.addAll(sectionProblems());
        ListingFields fields = new ListingFields();
        if (!problems.isEmpty() || !binder.writeBeanIfValid(fields)) {
            throw new InvalidListingException(problems);
        }
        return fields.toForm(draft == null ? null : draft.form());
    }

    private List<String> sectionProblems() {
        return java.util.stream.Stream.of(terms, venues, costs, languages, contacts)
                .flatMap(section -> section.problems().stream()).toList(); // every field at fault marked at once
    }

    @Override
    public String getPageTitle() {
        return draft == null ? getTranslation("editor.title") : heading.getText();
    }
}
