package org.familyhub.frontdoor.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.CategorySummary;
import org.familyhub.directory.ServiceOwner;
import org.familyhub.directory.TermNames;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.InvalidRequestException;
import org.familyhub.frontdoor.SelfReferral;
import org.familyhub.frontdoor.SubmissionRefusedException;
import org.familyhub.frontdoor.Submitted;
import org.familyhub.shared.Failures;
import org.familyhub.shared.Ids;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.DateText;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Ask for help": a family's request to the front door in six short steps, no account needed. Every
 * step keeps what was typed (going back loses nothing), is checked before moving on, and shows the
 * safeguarding notice. Started from a service page ({@code ?service=<id>}) it names that service.
 */
@Route(value = "ask-for-help", layout = MainLayout.class)
@AnonymousAllowed
class AskForHelpView extends Article implements HasDynamicTitle, BeforeEnterObserver {

    static final int STEPS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(AskForHelpView.class);

    private final FrontDoor frontDoor;
    private final TermNames terms;
    private final PortalProperties portal;
    private final DateText dates;
    private final FormErrors errors = new FormErrors();
    private final List<Section> steps = new ArrayList<>();
    private final Span stepCounter = new Span();
    private final Paragraph serviceLine = new Paragraph();
    private final Paragraph refused = new Paragraph();
    private final Button back = new Button();
    private final Button next = new Button();

    private final TextField name = new TextField();
    private final ChildRows children = new ChildRows(errors);
    private final CheckboxGroup<CategorySummary> topics = new CheckboxGroup<>();
    private final TextArea helpWanted = new TextArea();
    private final TextField postcode = new TextField();
    private final ContactFields contact = new ContactFields(this, errors, "frontdoor.ask.consentToShare");
    private @Nullable UUID serviceId;
    private int current;

    AskForHelpView(FrontDoor frontDoor, PortalProperties portal, DateText dates, TermNames terms) {
        this.terms = terms;
        this.frontDoor = frontDoor;
        this.portal = portal;
        this.dates = dates;
        addClassName("ask-for-help");
        configureFields();
        Paragraph safeguarding = new Paragraph(getTranslation("frontdoor.safeguarding", portal.frontDoorPhone()));
        safeguarding.addClassNames("notice", "notice-warning", "safeguarding");
        serviceLine.setVisible(false);
        serviceLine.addClassNames("notice", "notice-info");
        refused.setVisible(false);
        refused.addClassNames("notice", "notice-warning");
        refused.getElement().setAttribute("role", "alert");
        stepCounter.addClassName("step-counter");

        steps.add(ContactFields.step(this, "frontdoor.ask.step1", name));
        steps.add(ContactFields.step(this, "frontdoor.ask.step2",
                new Paragraph(getTranslation("frontdoor.ask.children")), children));
        steps.add(ContactFields.step(this, "frontdoor.ask.step3", topics, helpWanted));
        steps.add(ContactFields.step(this, "frontdoor.ask.step4", postcode));
        steps.add(ContactFields.step(this, "frontdoor.ask.step5", contact.contact()));
        steps.add(ContactFields.step(this, "frontdoor.ask.step6",
                new Paragraph(getTranslation("frontdoor.ask.consentHelp")), contact.consentToShare, contact.honeypot()));

        back.setText(getTranslation("frontdoor.ask.back"));
        back.addClickListener(click -> show(current - 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> forward());
        Div buttons = new Div(back, next);
        buttons.addClassName("form-buttons");

        add(new H1(getTranslation("frontdoor.ask.title")), new Paragraph(getTranslation("frontdoor.ask.intro")),
                safeguarding, serviceLine, stepCounter, errors, refused);
        steps.forEach(this::add);
        add(buttons);
        show(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontdoor.ask.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("service")
                .flatMap(Ids::parse)
                .flatMap(frontDoor::service)
                .ifPresent(this::startedFrom);
    }

    private void startedFrom(ServiceOwner service) {
        serviceId = service.serviceId();
        serviceLine.setText(getTranslation("frontdoor.ask.forService", service.serviceName()));
        serviceLine.setVisible(true);
    }

    private void configureFields() {
        name.setLabel(getTranslation("frontdoor.ask.name"));
        name.setHelperText(getTranslation("frontdoor.ask.nameHelp"));
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        errors.field("name", name);
        topics.setLabel(getTranslation("frontdoor.ask.topics"));
        topics.setItems(frontDoor.topics());
        topics.setItemLabelGenerator(topic -> terms.topic(topic.code(), getLocale()).text());
        errors.field("topics", topics);
        helpWanted.setLabel(getTranslation("frontdoor.ask.helpWanted"));
        helpWanted.setMaxLength(2000);
        helpWanted.setWidthFull();
        errors.field("helpWanted", helpWanted);
        postcode.setLabel(getTranslation("frontdoor.ask.postcode"));
        postcode.setHelperText(getTranslation("frontdoor.ask.postcodeHelp"));
        postcode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.POSTAL_CODE);
        errors.field("postcode", postcode);
    }


    private void show(int step) {
        current = Math.max(0, Math.min(STEPS - 1, step));
        for (int i = 0; i < steps.size(); i++) {
            steps.get(i).setVisible(i == current);
        }
        stepCounter.setText(getTranslation("frontdoor.ask.step", current + 1, STEPS));
        back.setVisible(current > 0);
        next.setText(getTranslation(current == STEPS - 1 ? "frontdoor.ask.send" : "frontdoor.ask.next"));
    }

    /**
     * Checks the step and moves on, or on the last step sends. When the portal cannot check or store the
     * answers (the database is down), the family is told plainly, every answer stays in the form, and the
     * same button tries again: a request is never lost silently.
     */
    private void forward() {
        refused.setVisible(false);
        boolean sending = current == STEPS - 1;
        try {
            Map<String, String> mistakes = onStep(frontDoor.check(form()), current);
            if (errors.show(mistakes)) {
                return;
            }
            if (sending) {
                send();
            } else {
                show(current + 1);
            }
        } catch (RuntimeException notStored) {
            LOG.error("event=self-referral-not-stored step={} outage={}", current + 1, Failures.isOutage(notStored),
                    notStored);
            refused.setText(getTranslation(sending ? "frontdoor.ask.notStored" : "frontdoor.ask.notChecked",
                    portal.frontDoorPhone()));
            refused.setVisible(true);
        }
    }

    private void send() {
        try {
            Submitted submitted = frontDoor.submit(form(), ContactFields.client(), getLocale());
            showConfirmation(submitted);
        } catch (InvalidRequestException invalid) {
            int first = invalid.errors().keySet().stream().mapToInt(AskForHelpView::stepOf).min().orElse(current);
            show(first);
            errors.show(onStep(invalid.errors(), first));
        } catch (SubmissionRefusedException refusal) {
            refused.setText(getTranslation(refusal.reason() == SubmissionRefusedException.Reason.TOO_MANY
                    ? "frontdoor.ask.tooMany" : "frontdoor.ask.refused", portal.frontDoorPhone()));
            refused.setVisible(true);
        }
    }

    private void showConfirmation(Submitted submitted) {
        removeAll();
        H1 title = new H1(getTranslation("frontdoor.ask.sentTitle"));
        Paragraph reference = new Paragraph(getTranslation("frontdoor.ask.reference", submitted.reference()));
        reference.addClassNames("notice", "notice-info", "reference");
        String by = dates.day(submitted.respondBy(), getLocale());
        boolean emailed = contact.emailed();
        Paragraph safeguarding = new Paragraph(getTranslation("frontdoor.safeguarding", portal.frontDoorPhone()));
        safeguarding.addClassNames("notice", "notice-warning", "safeguarding");
        add(title, reference, new Paragraph(getTranslation("frontdoor.ask.keepReference")),
                new H2(getTranslation("frontdoor.ask.whatNext")),
                new Paragraph(getTranslation("frontdoor.ask.contactBy", by)),
                new Paragraph(getTranslation(emailed ? "frontdoor.ask.emailSent" : "frontdoor.ask.noEmail")),
                safeguarding);
        title.getElement().setAttribute("tabindex", "-1");
        title.getElement().callJsFunction("focus");
    }

    private SelfReferral form() {
        Set<String> topicCodes = topics.getValue().stream().map(CategorySummary::code).collect(Collectors.toSet());
        return new SelfReferral(name.getValue(), children.children(), topicCodes, helpWanted.getValue(),
                postcode.getValue(), contact.methods.getValue(), contact.email.getValue(), contact.phone.getValue(),
                contact.times.getValue(), contact.safeToLeaveMessage.getValue(), contact.consentToShare.getValue(),
                serviceId, contact.website.getValue());
    }

    private static Map<String, String> onStep(Map<String, String> all, int step) {
        Map<String, String> here = new LinkedHashMap<>();
        all.forEach((field, key) -> {
            if (stepOf(field) == step) {
                here.put(field, key);
            }
        });
        return here;
    }

    static int stepOf(String field) {
        if (field.equals("name")) {
            return 0;
        }
        if (field.equals("children") || field.startsWith("child.")) {
            return 1;
        }
        return switch (field) {
            case "topics", "helpWanted" -> 2;
            case "postcode" -> 3;
            case "contactMethods", "email", "phone", "contactTimes", "safeToLeaveMessage" -> 4;
            default -> 5;
        };
    }
}
