package org.familyhub.booking.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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

import static org.familyhub.booking.ui.FamilyFields.notice;

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
    private final FamilyFields family = new FamilyFields(this, "programme-wait", new FamilyFields.Wording(
            "booking.programme.emailHelp", "booking.programme.phone", "booking.programme.consent", true));
    private final Button send = new Button();
    private UUID serviceId = new UUID(0, 0);
    private String idempotencyKey = "";
    private String title = "";

    ProgrammeWaitView(ProgrammeWaitingList programmeList, PortalProperties portal) {
        this.programmeList = programmeList;
        this.portal = portal;
        addClassName("programme-waiting-list");
        send.setId("programme-wait-send");
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
        family.clear();
        send.setEnabled(true);
        add(family.shown());
        add(family.consent, send);
    }

    private void send() {
        family.clearErrors();
        try {
            String reference = programmeList.join(new ProgrammeWaitRequest(serviceId, idempotencyKey,
                    family.name.getValue(), family.email.getValue(), family.phone.getValue(), family.ages.getValue(),
                    family.consent.getValue()));
            confirm(reference);
        } catch (InvalidBookingException invalid) {
            family.show(invalid);
            send.setEnabled(true);
        } catch (RuntimeException notStored) {
            LOG.error("event=programme-waiting-list-not-stored service={}", serviceId, notStored);
            family.showProblem(getTranslation("booking.programme.notStored", portal.frontDoorPhone()));
            send.setEnabled(true);
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
        return FamilyFields.safeguarding(this, portal.frontDoorPhone());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
