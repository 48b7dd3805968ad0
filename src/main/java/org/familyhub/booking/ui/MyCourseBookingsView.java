package org.familyhub.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.booking.BookedForFamily;
import org.familyhub.booking.CourseBookings;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;

/** A professional's course bookings for families: where each stands (booked, waiting, cancelled …). */
@Route(value = "my-course-bookings", layout = MainLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class MyCourseBookingsView extends Div implements HasDynamicTitle {

    MyCourseBookingsView(CourseBookings bookings, DateText dates) {
        addClassName("my-course-bookings");
        add(new H1(getTranslation("booking.mine.title")));
        UnorderedList list = new UnorderedList();
        for (BookedForFamily booking : bookings.bookedByMe()) {
            list.add(new ListItem(new Paragraph(getTranslation("booking.mine.line", booking.reference(),
                    booking.familyName() == null ? "" : booking.familyName(), booking.courseTitle(), booking.venue(),
                    dates.date(booking.firstSession(), getLocale()),
                    getTranslation("booking.bookingStatus." + booking.status().name()),
                    dates.dateTime(booking.bookedAt(), getLocale())))));
        }
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("booking.mine.none")));
        } else {
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.mine.title");
    }
}
