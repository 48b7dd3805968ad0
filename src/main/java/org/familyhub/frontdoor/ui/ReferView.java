package org.familyhub.frontdoor.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.ServiceOwner;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.InvalidRequestException;
import org.familyhub.frontdoor.ProfessionalReferral;
import org.familyhub.frontdoor.Submitted;
import org.familyhub.frontdoor.Urgency;
import org.familyhub.shared.Ids;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.ui.DateEntry;
import org.jspecify.annotations.Nullable;

/**
 * A professional refers a family to a service ({@code /refer?service=<id>}, linked from the service
 * page): the family's consent first, then who they are, why, how urgent, and the level of need.
 */
@Route(value = "refer", layout = MainLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class ReferView extends Article implements HasDynamicTitle, BeforeEnterObserver {

    private final FrontDoor frontDoor;
    private final FormErrors errors = new FormErrors();
    private final Checkbox consentConfirmed = new Checkbox();
    private final TextField consentGivenBy = new TextField();
    private final DatePicker consentGivenOn = DateEntry.localised(new DatePicker());
    private final TextField familyName = new TextField();
    private final ChildRows children = new ChildRows(errors);
    private final TextField postcode = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextArea reason = new TextArea();
    private final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    private final RadioButtonGroup<LevelOfNeed> levelOfNeed = new RadioButtonGroup<>();
    private final Checkbox safeguarding = new Checkbox();
    private final PortalProperties portal;
    private final Clock clock;
    private @Nullable ServiceOwner service;

    ReferView(FrontDoor frontDoor, PortalProperties portal, Clock clock) {
        this.frontDoor = frontDoor;
        this.portal = portal;
        this.clock = clock;
        addClassName("refer");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontdoor.refer.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        service = event.getLocation().getQueryParameters().getSingleParameter("service")
                .flatMap(Ids::parse).flatMap(frontDoor::service).orElse(null);
        removeAll();
        add(new H1(getTranslation("frontdoor.refer.title")));
        Paragraph notice = new Paragraph(getTranslation("frontdoor.safeguarding", portal.frontDoorPhone()));
        notice.addClassNames("notice", "notice-warning", "safeguarding");
        add(notice);
        if (service == null) {
            add(new Paragraph(getTranslation("frontdoor.refer.chooseService")), new Anchor("", getTranslation("app.home")));
            return;
        }
        Paragraph to = new Paragraph(getTranslation("frontdoor.refer.to", service.serviceName()));
        to.addClassNames("notice", "notice-info");
        add(to, errors, form());
    }

    private Section form() {
        consentConfirmed.setLabel(getTranslation("frontdoor.refer.consentConfirmed"));
        consentGivenBy.setLabel(getTranslation("frontdoor.refer.consentGivenBy"));
        consentGivenOn.setLabel(getTranslation("frontdoor.refer.consentGivenOn"));
        consentGivenOn.setMax(LocalDate.now(clock));
        familyName.setLabel(getTranslation("frontdoor.refer.familyName"));
        postcode.setLabel(getTranslation("frontdoor.refer.postcode"));
        email.setLabel(getTranslation("frontdoor.refer.email"));
        phone.setLabel(getTranslation("frontdoor.refer.phone"));
        reason.setLabel(getTranslation("frontdoor.refer.reason"));
        reason.setWidthFull();
        urgency.setLabel(getTranslation("frontdoor.refer.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("frontdoor.urgency." + u.name()));
        levelOfNeed.setLabel(getTranslation("frontdoor.refer.levelOfNeed"));
        levelOfNeed.setItems(LevelOfNeed.values());
        levelOfNeed.setItemLabelGenerator(level -> getTranslation("level." + level.name()));
        safeguarding.setLabel(getTranslation("frontdoor.refer.safeguarding"));
        errors.field("consent", consentConfirmed);
        errors.field("consentGivenBy", consentGivenBy);
        errors.field("consentGivenOn", consentGivenOn);
        errors.field("familyName", familyName);
        errors.field("postcode", postcode);
        errors.field("email", email);
        errors.field("phone", phone);
        errors.field("reason", reason);
        errors.field("urgency", urgency);
        errors.field("levelOfNeed", levelOfNeed);
        Button send = new Button(getTranslation("frontdoor.refer.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section form = new Section(consentConfirmed, consentGivenBy, consentGivenOn,
                new H2(getTranslation("frontdoor.request.family")), familyName,
                new Paragraph(getTranslation("frontdoor.ask.children")), children, postcode, email, phone,
                new H2(getTranslation("frontdoor.refer.reason")), reason, urgency, levelOfNeed, safeguarding, send);
        form.addClassName("referral-form");
        return form;
    }

    private void send() {
        try {
            Submitted sent = frontDoor.refer(new ProfessionalReferral(consentConfirmed.getValue(),
                    service.serviceId(), familyName.getValue(),
                    children.children(), postcode.getValue(), email.getValue(), phone.getValue(), reason.getValue(),
                    urgency.getValue(), levelOfNeed.getValue(), consentGivenBy.getValue(), consentGivenOn.getValue(),
                    safeguarding.getValue()));
            removeAll();
            Paragraph done = new Paragraph(getTranslation("frontdoor.refer.sent", sent.reference()));
            done.addClassNames("notice", "notice-info");
            done.getElement().setAttribute("role", "status");
            add(new H1(getTranslation("frontdoor.refer.title")), done,
                    new Anchor("my-referrals", getTranslation("frontdoor.link.myReferrals")));
        } catch (InvalidRequestException invalid) {
            errors.show(invalid.errors());
        }
    }
}
