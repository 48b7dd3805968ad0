package org.familyhub.frontdoor.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.frontdoor.ChildcareRequest;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.FundedHours;
import org.familyhub.frontdoor.InvalidRequestException;
import org.familyhub.frontdoor.SubmissionRefusedException;
import org.familyhub.frontdoor.Submitted;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Failures;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "I can't find childcare": a family asks the Family Information Service to find childcare for them
 * (brokerage). One page in short sections, no account needed; the safeguarding notice at the top; every
 * mistake named in a summary and on its field; nothing is stored until everything is right, and the
 * reference is shown only once the request is in the database.
 */
@Route(value = ChildcareHelpView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ChildcareHelpView extends Article implements HasDynamicTitle {

    static final String ROUTE = "childcare/help";
    private static final Logger LOG = LoggerFactory.getLogger(ChildcareHelpView.class);

    private final FrontDoor frontDoor;
    private final PortalProperties portal;
    private final DateText dates;
    private final FormErrors errors = new FormErrors();
    private final Paragraph refused = new Paragraph();

    private final TextField name = new TextField();
    private final IntegerField childYears = new IntegerField();
    private final IntegerField childMonths = new IntegerField();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final TimePicker from = new TimePicker();
    private final TimePicker to = new TimePicker();
    private final RadioButtonGroup<FundedHours> fundedHours = new RadioButtonGroup<>();
    private final TextArea sendNeeds = new TextArea();
    private final TextArea anythingElse = new TextArea();
    private final TextField postcode = new TextField();
    private final ContactFields contact = new ContactFields(this, errors, "frontdoor.childcare.consentToShare");

    ChildcareHelpView(FrontDoor frontDoor, PortalProperties portal, DateText dates) {
        this.frontDoor = frontDoor;
        this.portal = portal;
        this.dates = dates;
        addClassName("childcare-help");
        configureFields();
        refused.setVisible(false);
        refused.addClassNames("notice", "notice-warning");
        refused.getElement().setAttribute("role", "alert");
        Button send = new Button(getTranslation("frontdoor.childcare.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("childcare-help-send");
        Div buttons = new Div(send);
        buttons.addClassName("form-buttons");
        add(new H1(getTranslation("frontdoor.childcare.title")),
                new Paragraph(getTranslation("frontdoor.childcare.intro")), safeguarding(), errors, refused,
                ContactFields.step(this, "frontdoor.childcare.aboutYou", name),
                ContactFields.step(this, "frontdoor.childcare.yourChild", childYears, childMonths, sendNeeds),
                ContactFields.step(this, "frontdoor.childcare.whatYouNeed", days, from, to, fundedHours,
                        anythingElse),
                ContactFields.step(this, "frontdoor.ask.step4", postcode),
                ContactFields.step(this, "frontdoor.ask.step5", contact.contact()),
                ContactFields.step(this, "frontdoor.ask.step6",
                        new Paragraph(getTranslation("frontdoor.childcare.consentHelp")), contact.consentToShare,
                        contact.honeypot()),
                buttons);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontdoor.childcare.title") + " | " + portal.portalName();
    }

    private Paragraph safeguarding() {
        Paragraph notice = new Paragraph(getTranslation("frontdoor.safeguarding", portal.frontDoorPhone()));
        notice.addClassNames("notice", "notice-warning", "safeguarding");
        return notice;
    }

    private void configureFields() {
        name.setLabel(getTranslation("frontdoor.ask.name"));
        name.setHelperText(getTranslation("frontdoor.ask.nameHelp"));
        name.setAutocomplete(Autocomplete.NAME);
        errors.field("name", name);
        childYears.setLabel(getTranslation("frontdoor.childcare.childYears"));
        childYears.setHelperText(getTranslation("frontdoor.childcare.childYearsHelp"));
        childYears.setMin(0);
        childYears.setMax(17);
        errors.field("childYears", childYears);
        childMonths.setLabel(getTranslation("frontdoor.childcare.childMonths"));
        childMonths.setHelperText(getTranslation("frontdoor.childcare.childMonthsHelp"));
        childMonths.setMin(0);
        childMonths.setMax(11);
        errors.field("childMonths", childMonths);
        sendNeeds.setLabel(getTranslation("frontdoor.childcare.sendNeeds"));
        sendNeeds.setMaxLength(500);
        sendNeeds.setWidthFull();
        errors.field("sendNeeds", sendNeeds);
        days.setLabel(getTranslation("frontdoor.childcare.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, getLocale()));
        errors.field("days", days);
        for (TimePicker time : new TimePicker[] {from, to}) {
            time.setStep(Duration.ofMinutes(15));
            time.setMin(LocalTime.of(6, 0));
            time.setMax(LocalTime.of(21, 0));
        }
        from.setLabel(getTranslation("frontdoor.childcare.from"));
        from.setHelperText(getTranslation("frontdoor.childcare.timeHelp"));
        errors.field("from", from);
        to.setLabel(getTranslation("frontdoor.childcare.to"));
        errors.field("to", to);
        fundedHours.setLabel(getTranslation("frontdoor.childcare.fundedHours"));
        fundedHours.setItems(FundedHours.values());
        fundedHours.setItemLabelGenerator(hours -> getTranslation("frontdoor.funded." + hours.name()));
        errors.field("fundedHours", fundedHours);
        anythingElse.setLabel(getTranslation("frontdoor.childcare.anythingElse"));
        anythingElse.setMaxLength(2000);
        anythingElse.setWidthFull();
        errors.field("anythingElse", anythingElse);
        postcode.setLabel(getTranslation("frontdoor.ask.postcode"));
        postcode.setHelperText(getTranslation("frontdoor.childcare.postcodeHelp"));
        postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
        errors.field("postcode", postcode);
    }


    /**
     * Sends the request. When the portal cannot store it (the database is down), the family is told plainly,
     * every answer stays in the form and the same button tries again: a request is never lost silently.
     */
    private void send() {
        refused.setVisible(false);
        errors.clear();
        try {
            Submitted submitted = frontDoor.askForChildcare(form(), ContactFields.client(), getLocale());
            showConfirmation(submitted);
        } catch (InvalidRequestException invalid) {
            errors.show(invalid.errors());
        } catch (SubmissionRefusedException refusal) {
            refused.setText(getTranslation(refusal.reason() == SubmissionRefusedException.Reason.TOO_MANY
                    ? "frontdoor.ask.tooMany" : "frontdoor.ask.refused", portal.frontDoorPhone()));
            refused.setVisible(true);
        } catch (RuntimeException notStored) {
            LOG.error("event=childcare-brokerage-not-stored outage={}", Failures.isOutage(notStored), notStored);
            refused.setText(getTranslation("frontdoor.ask.notStored", portal.frontDoorPhone()));
            refused.setVisible(true);
        }
    }

    private void showConfirmation(Submitted submitted) {
        removeAll();
        H1 title = new H1(getTranslation("frontdoor.childcare.sentTitle"));
        Paragraph reference = new Paragraph(getTranslation("frontdoor.ask.reference", submitted.reference()));
        reference.addClassNames("notice", "notice-info", "reference");
        boolean emailed = contact.emailed();
        add(title, reference, new Paragraph(getTranslation("frontdoor.ask.keepReference")),
                new H2(getTranslation("frontdoor.ask.whatNext")),
                new Paragraph(getTranslation("frontdoor.childcare.contactBy",
                        dates.day(submitted.respondBy(), getLocale()))),
                new Paragraph(getTranslation(emailed ? "frontdoor.ask.emailSent" : "frontdoor.ask.noEmail")),
                safeguarding());
        title.getElement().setAttribute("tabindex", "-1");
        title.getElement().callJsFunction("focus");
    }

    private ChildcareRequest form() {
        return new ChildcareRequest(name.getValue(), childYears.getValue(), childMonths.getValue(), days.getValue(),
                from.getValue(), to.getValue(), fundedHours.getValue(), sendNeeds.getValue(), anythingElse.getValue(),
                postcode.getValue(), contact.methods.getValue(), contact.email.getValue(), contact.phone.getValue(),
                contact.times.getValue(), contact.safeToLeaveMessage.getValue(), contact.consentToShare.getValue(),
                contact.website.getValue());
    }
}
