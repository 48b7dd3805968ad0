package org.familyhub.booking.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.familyhub.booking.InvalidBookingException;
import org.familyhub.booking.LinkedBooking;
import org.familyhub.shared.DateText;
import org.familyhub.shared.PortalProperties;

/**
 * A page reached from a link in a booking e-mail ({@code ?token=…}): it shows what the link is for and asks
 * before it does anything, so a mail scanner that opens links changes nothing.
 */
abstract class LinkPage extends Article implements BeforeEnterObserver, HasDynamicTitle {

    protected final DateText dates;
    protected final PortalProperties portal;
    protected String token = "";
    private String title = "";

    LinkPage(DateText dates, PortalProperties portal) {
        this.dates = dates;
        this.portal = portal;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        Optional<LinkedBooking> booking = find(token);
        if (booking.isEmpty()) {
            heading(getTranslation("booking.link.invalidTitle"));
            add(new Paragraph(getTranslation("booking.link.invalid", portal.frontDoorPhone())));
            return;
        }
        show(booking.get());
    }

    abstract Optional<LinkedBooking> find(String token);

    abstract void show(LinkedBooking booking);

    void heading(String text) {
        title = text;
        H1 heading = new H1(text);
        heading.getElement().setAttribute("tabindex", "-1");
        add(heading);
    }

    Paragraph summary(LinkedBooking booking) {
        return new Paragraph(getTranslation("booking.link.summary", booking.reference(), booking.courseTitle(),
                booking.venue(), dates.day(booking.firstSession(), getLocale())));
    }

    void refused(InvalidBookingException refused) {
        removeAll();
        heading(getTranslation("booking.link.refusedTitle"));
        add(FamilyFields.notice(getTranslation(refused.key()), "notice-warning"));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
