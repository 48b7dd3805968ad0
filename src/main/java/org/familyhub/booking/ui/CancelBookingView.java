package org.familyhub.booking.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.booking.BookingStatus;
import org.familyhub.booking.CourseBookings;
import org.familyhub.booking.InvalidBookingException;
import org.familyhub.booking.LinkedBooking;
import org.familyhub.shared.DateText;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/** Cancelling a place, or leaving a waiting list, from the link in the family's e-mail: no account needed. */
@Route(value = "bookings/cancel", layout = MainLayout.class)
@AnonymousAllowed
class CancelBookingView extends LinkPage {

    private final CourseBookings bookings;

    CancelBookingView(CourseBookings bookings, DateText dates, PortalProperties portal) {
        super(dates, portal);
        this.bookings = bookings;
        addClassName("cancel-booking");
    }

    @Override
    Optional<LinkedBooking> find(String token) {
        return bookings.byCancelLink(token);
    }

    @Override
    void show(LinkedBooking booking) {
        boolean waiting = booking.status() == BookingStatus.WAITING;
        heading(getTranslation(waiting ? "booking.cancel.leaveTitle" : "booking.cancel.title"));
        add(summary(booking));
        if (booking.status() != BookingStatus.BOOKED && !waiting) {
            add(FamilyFields.notice(getTranslation("booking.error.linkUsed"), "notice-info"));
            return;
        }
        Button cancel = new Button(getTranslation(waiting ? "booking.cancel.leave" : "booking.cancel.confirm"));
        cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        cancel.setId("booking-cancel");
        cancel.setDisableOnClick(true);
        cancel.addClickListener(click -> cancel());
        add(new Paragraph(getTranslation(waiting ? "booking.cancel.leaveText" : "booking.cancel.text")), cancel);
    }

    private void cancel() {
        try {
            LinkedBooking cancelled = bookings.cancel(token);
            removeAll();
            heading(getTranslation("booking.cancel.doneTitle"));
            add(summary(cancelled), new Paragraph(getTranslation("booking.cancel.done")));
        } catch (InvalidBookingException refused) {
            refused(refused);
        }
    }
}
