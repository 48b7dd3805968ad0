package org.familyhub.booking.ui;

import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.booking.InvalidBookingException;
import org.familyhub.booking.ProgrammeWaitRequest;
import org.familyhub.booking.ProgrammeWaitingList;
import org.familyhub.shared.Ids;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.familyhub.booking.ui.BookCourseView.notice;

/**
 * "Tell me when the next course starts": joining a programme's waiting list while none of its courses is open
 * for booking by families. Anyone may use it, no account needed (like {@link BookCourseView}); the form carries
 * a key made when it was shown, so a second click answers the entry the first made.
 */
@Route(value = ProgrammeWaitView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ProgrammeWaitView extends Article implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "programme-waiting-list";
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeWaitView.class);

    private final ProgrammeWaitingList programmeList;
    private final PortalProperties portal;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField ages = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Paragraph problem = new Paragraph();
    private final Button send = new Button();
    private UUID serviceId = new UUID(0, 0);
    private String idempotencyKey = "";
    private String title = "";

    ProgrammeWaitView(ProgrammeWaitingList programmeList, PortalProperties portal) {
        this.programmeList = programmeList;
        this.portal = portal;
        addClassName("programme-waiting-list");
        name.setId("programme-wait-name");
        email.setId("programme-wait-email");
        phone.setId("programme-wait-phone");
        ages.setId("programme-wait-ages");
        consent.setId("programme-wait-consent");
        send.setId("programme-wait-send");
        name.setLabel(getTranslation("booking.book.name"));
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("booking.book.email"));
        email.setHelperText(getTranslation("booking.programme.emailHelp"));
        email.setRequiredIndicatorVisible(true);
        phone.setLabel(getTranslation("booking.programme.phone"));
        phone.setAutocomplete(Autocomplete.TEL);
        ages.setLabel(getTranslation("booking.book.ages"));
        ages.setHelperText(getTranslation("booking.book.agesHelp"));
        ages.setRequiredIndicatorVisible(true);
        consent.setLabel(getTranslation("booking.programme.consent"));
        for (var field : new com.vaadin.flow.component.Component[] {name, email, phone, ages}) {
            field.getElement().getStyle().set("width", "100%");
            field.getElement().getStyle().set("max-width", "32rem");
            field.getElement().getStyle().set("display", "block");
        }
        problem.addClassNames("notice", "notice-warning");
        problem.getElement().setAttribute("role", "alert");
        send.setText(getTranslation("booking.programme.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        serviceId = Ids.parse(id).orElseThrow(NotFoundException::new);
        String programme = programmeList.programmeName(serviceId).orElseThrow(NotFoundException::new);
        title = getTranslation("booking.programme.title", programme);
        removeAll();
        add(new H1(title));
        add(safeguarding());
        if (!programmeList.accepts(serviceId)) {
            add(notice(getTranslation("booking.programme.open"), "notice-info"),
                    new Paragraph(new Anchor("services/" + serviceId, getTranslation("booking.programme.back"))));
            return;
        }
        add(new Paragraph(getTranslation("booking.programme.intro")));
        idempotencyKey = UUID.randomUUID().toString();
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {name, email, phone, ages, consent}) {
            field.clear();
        }
        clearErrors();
        send.setEnabled(true);
        add(problem, name, email, phone, ages, consent, send);
    }

    private void send() {
        clearErrors();
        try {
            String reference = programmeList.join(new ProgrammeWaitRequest(serviceId, idempotencyKey,
                    name.getValue(), email.getValue(), phone.getValue(), ages.getValue(), consent.getValue()));
            confirm(reference);
        } catch (InvalidBookingException invalid) {
            String message = getTranslation(invalid.key());
            Map<String, HasValidation> fields = Map.of("parentName", name, "email", email, "phone", phone,
                    "childrenAges", ages, "consentToContact", consent);
            HasValidation field = fields.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            problem.setText(message);
            problem.setVisible(true);
            send.setEnabled(true);
        } catch (RuntimeException notStored) {
            LOG.error("event=programme-waiting-list-not-stored service={}", serviceId, notStored);
            problem.setText(getTranslation("booking.programme.notStored", portal.frontDoorPhone()));
            problem.setVisible(true);
            send.setEnabled(true);
        }
    }

    private void clearErrors() {
        problem.setVisible(false);
        for (HasValidation field : new HasValidation[] {name, email, phone, ages, consent}) {
            field.setInvalid(false);
        }
    }

    private void confirm(String reference) {
        removeAll();
        H1 heading = new H1(getTranslation("booking.programme.done"));
        title = heading.getText();
        Paragraph ref = new Paragraph(getTranslation("booking.done.reference", reference));
        ref.addClassNames("notice", "notice-info", "reference");
        add(heading, ref, new H2(getTranslation("booking.done.whatNext")),
                new Paragraph(getTranslation("booking.programme.doneText")), safeguarding());
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().callJsFunction("focus");
    }

    private Paragraph safeguarding() {
        Paragraph safeguarding = notice(getTranslation("booking.safeguarding", portal.frontDoorPhone()), "notice-warning");
        safeguarding.addClassName("safeguarding");
        return safeguarding;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
