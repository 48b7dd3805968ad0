package org.familyhub.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.familyhub.booking.CourseBookings;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MyReferralsSection;

/**
 * On a professional's "My referrals": the course places they booked for families, beside their requests for help.
 * Only their own ({@link CourseBookings#bookedByMe}, which also refuses anyone who is not a professional).
 */
@org.springframework.stereotype.Component
class CourseBookingsReferralSection implements MyReferralsSection {

    private final CourseBookings bookings;
    private final DateText dates;

    CourseBookingsReferralSection(CourseBookings bookings, DateText dates) {
        this.bookings = bookings;
        this.dates = dates;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        Section section = new Section(new H2(ui.getTranslation("booking.mine.sectionTitle")));
        section.setId("course-bookings");
        section.add(CourseBookingsList.of(bookings.bookedByMe(CourseBookingsList.NEWEST), dates, ui.getLocale(),
                ui::getTranslation));
        return section;
    }
}
