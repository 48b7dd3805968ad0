package org.familyhub.booking.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.booking.CourseBookings;
import org.familyhub.booking.InvalidBookingException;
import org.familyhub.booking.LinkedBooking;
import org.familyhub.booking.WaitingStatus;
import org.familyhub.shared.DateText;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/** A place offered to someone on a waiting list, from the link in their e-mail: take it, or say no thanks. */
@Route(value = "bookings/offer", layout = MainLayout.class)
@AnonymousAllowed
class OfferView extends LinkPage {

    private final CourseBookings bookings;

    OfferView(CourseBookings bookings, DateText dates, PortalProperties portal) {
        super(dates, portal);
        this.bookings = bookings;
        addClassName("course-offer");
    }

    @Override
    Optional<LinkedBooking> find(String token) {
        return bookings.byOfferLink(token);
    }

    @Override
    void show(LinkedBooking booking) {
        heading(getTranslation("booking.offer.title"));
        add(summary(booking));
        if (booking.waitingStatus() != WaitingStatus.OFFERED || booking.offerExpiresAt() == null) {
            add(FamilyFields.notice(getTranslation("booking.error.offerAnswered"), "notice-info"));
            return;
        }
        add(new Paragraph(getTranslation("booking.offer.held", dates.dateTime(booking.offerExpiresAt(), getLocale()))));
        Button accept = new Button(getTranslation("booking.offer.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("offer-accept");
        accept.setDisableOnClick(true);
        accept.addClickListener(click -> answer(true));
        Button decline = new Button(getTranslation("booking.offer.decline"));
        decline.setId("offer-decline");
        decline.setDisableOnClick(true);
        decline.addClickListener(click -> answer(false));
        Div buttons = new Div(accept, decline);
        buttons.addClassName("form-buttons");
        add(buttons);
    }

    private void answer(boolean take) {
        try {
            LinkedBooking answered = take ? bookings.acceptOffer(token) : bookings.declineOffer(token);
            removeAll();
            heading(getTranslation(take ? "booking.offer.acceptedTitle" : "booking.offer.declinedTitle"));
            add(summary(answered), new Paragraph(getTranslation(take ? "booking.offer.accepted" : "booking.offer.declined")));
        } catch (InvalidBookingException refused) {
            refused(refused);
        }
    }
}
