package org.familyhub.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.booking.CourseBookings;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;

/**
 * A professional's course bookings for families: where each stands (booked, waiting, cancelled …). The same list is
 * on their "My referrals" page ({@link CourseBookingsReferralSection}).
 */
@Route(value = "my-course-bookings", layout = MainLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class MyCourseBookingsView extends Div implements HasDynamicTitle {

    MyCourseBookingsView(CourseBookings bookings, DateText dates) {
        addClassName("my-course-bookings");
        add(new H1(getTranslation("booking.mine.title")));
        add(CourseBookingsList.of(bookings.bookedByMe(CourseBookingsList.NEWEST), dates, getLocale(),
                this::getTranslation));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.mine.title");
    }
}
