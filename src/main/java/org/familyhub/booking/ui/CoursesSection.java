package org.familyhub.booking.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.booking.CourseBookings;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.ProgrammeWaitingList;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.ServicePageSection;

/**
 * On a programme's service page: its next courses ("Next course starts Tuesday 13 January 2027, 6 weeks,
 * 4 places left") with a link to book a place, or to join the waiting list when it is full; when none is open
 * for booking by families, a link to be told when the next course starts. Nothing at all for a service that
 * never had courses.
 */
@org.springframework.stereotype.Component
class CoursesSection implements ServicePageSection {

    private final CourseBookings bookings;
    private final ProgrammeWaitingList programmeList;
    private final CurrentUser currentUser;
    private final DateText dates;
    private final Clock clock;

    CoursesSection(CourseBookings bookings, ProgrammeWaitingList programmeList, CurrentUser currentUser,
            DateText dates, Clock clock) {
        this.bookings = bookings;
        this.programmeList = programmeList;
        this.currentUser = currentUser;
        this.dates = dates;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(UUID serviceId, String serviceName) {
        List<CourseSummary> courses = bookings.upcoming(serviceId);
        boolean waitForNext = programmeList.accepts(serviceId);
        if (courses.isEmpty() && !waitForNext) {
            Div none = new Div();
            none.setVisible(false);
            return none;
        }
        UI ui = UI.getCurrent();
        Section section = new Section(new H2(ui.getTranslation("booking.section.title")));
        section.addClassName("courses-section");
        if (waitForNext) {
            section.add(new Paragraph(ui.getTranslation("booking.section.noneOpen")));
            Anchor tellMe = new Anchor(ProgrammeWaitView.ROUTE + "/" + serviceId,
                    ui.getTranslation("booking.section.tellMe"));
            tellMe.addClassNames("call-to-action", "programme-waiting-list");
            section.add(new Paragraph(tellMe));
        }
        if (courses.isEmpty()) {
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("courses");
        boolean professional = currentUser.get().filter(user -> user.has(Role.PROFESSIONAL)).isPresent();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < courses.size(); i++) {
            list.add(course(ui, courses.get(i), i == 0, professional, now, today));
        }
        section.add(list);
        return section;
    }

    private ListItem course(UI ui, CourseSummary course, boolean next, boolean professional, Instant now,
            LocalDate today) {
        ListItem item = new ListItem();
        item.addClassName("course");
        String starts = dates.day(course.firstSession(), ui.getLocale());
        String places = course.full() ? ui.getTranslation("booking.section.full")
                : ui.getTranslation("booking.section.placesLeft", course.placesLeft());
        Paragraph headline = new Paragraph(ui.getTranslation(next ? "booking.section.next" : "booking.section.later",
                starts, course.sessions().size(), places));
        headline.addClassName("course-headline");
        item.add(headline, new Paragraph(ui.getTranslation("booking.section.where", course.title(), course.venue(),
                CourseText.time(course.startTime()), CourseText.time(course.endTime()))));
        if (course.crechePlaces() > 0) {
            item.add(new Paragraph(ui.getTranslation("booking.section.creche")));
        }
        if (!course.bookable(now, today)) {
            item.add(new Paragraph(ui.getTranslation(now.isBefore(course.bookingOpensAt())
                    ? "booking.section.notOpen" : "booking.section.closed")));
        } else if (!course.whoMayBook().families() && !professional) {
            item.add(new Paragraph(ui.getTranslation("booking.section.professionalOnly")));
        } else {
            Anchor book = new Anchor(BookCourseView.ROUTE + "/" + course.id(),
                    ui.getTranslation(course.full() ? "booking.section.join" : "booking.section.book"));
            book.addClassName("call-to-action");
            item.add(new Paragraph(book));
        }
        return item;
    }
}
