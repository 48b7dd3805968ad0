package org.familyhub.booking.ui;

import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyhub.booking.BookedForFamilies;
import org.familyhub.booking.BookedForFamily;
import org.familyhub.shared.DateText;

/** A professional's course bookings for families, newest first, as their page and "My referrals" show them. */
final class CourseBookingsList {

    /** The newest shown; the rest are counted, not read. */
    static final int NEWEST = 50;

    private CourseBookingsList() {
    }

    static Component of(BookedForFamilies bookings, DateText dates, Locale locale,
            BiFunction<String, Object[], String> translation) {
        Div list = new Div();
        list.addClassName("course-bookings-list");
        if (bookings.newest().isEmpty()) {
            list.add(new Paragraph(translation.apply("booking.mine.none", new Object[0])));
            return list;
        }
        UnorderedList items = new UnorderedList();
        for (BookedForFamily booking : bookings.newest()) {
            items.add(new ListItem(new Paragraph(translation.apply("booking.mine.line", new Object[] {
                booking.reference(), booking.familyName() == null ? "" : booking.familyName(), booking.courseTitle(),
                booking.venue(), dates.date(booking.firstSession(), locale),
                translation.apply("booking.bookingStatus." + booking.status().name(), new Object[0]),
                dates.dateTime(booking.bookedAt(), locale)}))));
        }
        list.add(items);
        if (bookings.more() > 0) {
            list.add(new Paragraph(translation.apply("booking.mine.more", new Object[] {bookings.newest().size(),
                bookings.total()})));
        }
        return list;
    }
}
