package org.familyhub.booking;

import java.time.Instant;
import java.util.Locale;

import org.familyhub.booking.domain.BookingRow;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.shared.DateText;
import org.familyhub.shared.PortalProperties;
import org.springframework.stereotype.Component;

/**
 * The e-mails a family gets about a booking, queued in the transaction that made the change (so they go only if
 * it was committed). Each goes to the family's case, the booking, so a hold on contacting them stops it. A
 * family that gave only a phone number gets none: the provider rings them.
 */
@Component
class BookingMail {

    private final Mail mail;
    private final DateText dates;
    private final BookingProperties properties;
    private final PortalProperties portal;

    BookingMail(Mail mail, DateText dates, BookingProperties properties, PortalProperties portal) {
        this.mail = mail;
        this.dates = dates;
        this.properties = properties;
        this.portal = portal;
    }

    void booked(BookingRow booking, CourseRow course, String cancelToken) {
        send(booking, "Your place on " + course.title() + ": " + booking.reference(), """
                Hello %s,

                You have a place on %s at %s. Your reference is %s.

                The first session is on %s, %s to %s.
                Add the sessions to your calendar: %s

                If you cannot come, please cancel so someone on the waiting list can have your place:
                %s
                """.formatted(booking.parentName(), course.title(), course.venue(), booking.reference(),
                day(course), course.startTime(), course.endTime(), calendarLink(booking),
                cancelLink(cancelToken)));
    }

    void moved(BookingRow booking, CourseRow from, CourseRow to, String cancelToken) {
        send(booking, "Your place has moved to " + to.title() + ": " + booking.reference(), """
                Hello %s,

                The provider has moved your place from %s to %s at %s. Your new reference is %s.

                The first session is on %s, %s to %s.
                Add the sessions to your calendar: %s

                If you cannot come, please cancel so someone on the waiting list can have your place:
                %s
                """.formatted(booking.parentName(), from.title(), to.title(), to.venue(), booking.reference(),
                day(to), to.startTime(), to.endTime(), calendarLink(booking), cancelLink(cancelToken)));
    }

    void waiting(BookingRow booking, CourseRow course, int position, String cancelToken) {
        send(booking, "You are on the waiting list for " + course.title() + ": " + booking.reference(), """
                Hello %s,

                %s starting on %s is full. You are number %d on its waiting list. Your reference is %s.

                If a place comes free and it is your turn, we will e-mail you and hold the place for you \
                for %d hours.

                To leave the waiting list: %s
                """.formatted(booking.parentName(), course.title(), day(course), position, booking.reference(),
                properties.offerTime().toHours(), cancelLink(cancelToken)));
    }

    void programmeJoined(java.util.UUID entryId, String email, String name, String programme, String reference) {
        mail.queueToFamily(entryId, new Email(email, "We will tell you when the next " + programme
                + " course starts: " + reference, """
                Hello %s,

                You are on the list for the next course of %s. Your reference is %s.

                When a new course is set up, we will put you on its list in the order you joined and e-mail you.                 If a place is yours, we will hold it for you for %d hours.
                """.formatted(name, programme, reference, properties.offerTime().toHours())));
    }

    void movedFromProgramme(BookingRow booking, CourseRow course, String cancelToken) {
        send(booking, "A new course of " + course.title() + " starts on " + day(course), """
                Hello %s,

                You asked us to tell you when the next course starts: %s at %s starts on %s. We have sent you                 a separate e-mail offering you a place on it. Your reference is %s.

                If you take the place and later cannot come, please cancel so someone waiting can have it:
                %s
                """.formatted(booking.parentName(), course.title(), course.venue(), day(course), booking.reference(),
                cancelLink(cancelToken)));
    }

    void offered(BookingRow booking, CourseRow course, String offerToken, Instant expiresAt) {
        send(booking, "A place is free for you on " + course.title(), """
                Hello %s,

                A place has come free on %s at %s, starting on %s. We are holding it for you until %s.

                Take the place or say no: %s
                """.formatted(booking.parentName(), course.title(), course.venue(), day(course),
                dates.dateTime(expiresAt, Locale.UK), properties.base() + "/bookings/offer?token=" + offerToken));
    }

    void offerTaken(BookingRow booking, CourseRow course) {
        send(booking, "Your place on " + course.title() + ": " + booking.reference(), """
                Hello %s,

                You have taken the place on %s at %s. Your reference is %s.

                The first session is on %s, %s to %s.
                Add the sessions to your calendar: %s

                If you cannot come after all, please cancel with the link in the first e-mail we sent you.
                """.formatted(booking.parentName(), course.title(), course.venue(), booking.reference(), day(course),
                course.startTime(), course.endTime(), calendarLink(booking)));
    }

    void reminder(BookingRow booking, CourseRow course) {
        send(booking, "Tomorrow: " + course.title(), """
                Hello %s,

                A reminder: %s starts tomorrow, %s, %s to %s, at %s. Your reference is %s.

                If you cannot come, please cancel with the link in your first e-mail, so someone on the waiting \
                list can have your place.
                """.formatted(booking.parentName(), course.title(), day(course), course.startTime(),
                course.endTime(), course.venue(), booking.reference()));
    }

    void offerLapsed(BookingRow booking, CourseRow course) {
        send(booking, "The place on " + course.title() + " has gone to the next person", """
                Hello %s,

                We held a place on %s for you, but the time to take it has passed, so it has been offered to \
                the next person on the waiting list. Your reference was %s.

                To find another course, look at %s/services/%s
                """.formatted(booking.parentName(), course.title(), booking.reference(), properties.base(),
                course.serviceId()));
    }

    void cancelled(BookingRow booking, CourseRow course) {
        send(booking, "Cancelled: " + course.title() + " (" + booking.reference() + ")", """
                Hello %s,

                Your booking %s for %s starting on %s is cancelled. Thank you for letting us know.
                """.formatted(booking.parentName(), booking.reference(), course.title(), day(course)));
    }

    void courseCancelled(BookingRow booking, CourseRow course) {
        send(booking, "Course cancelled: " + course.title(), """
                Hello %s,

                We are sorry: %s at %s, which was to start on %s, has been cancelled. Your booking %s is \
                cancelled with it; you do not need to do anything.

                To find another course, look at %s/services/%s
                If you are worried about a child, call the Family Front Door on %s.
                """.formatted(booking.parentName(), course.title(), course.venue(), day(course),
                booking.reference(), properties.base(), course.serviceId(), portal.frontDoorPhone()));
    }

    private String day(CourseRow course) {
        return dates.day(course.firstSession(), Locale.UK);
    }

    private String cancelLink(String token) {
        return properties.base() + "/bookings/cancel?token=" + token;
    }

    private String calendarLink(BookingRow booking) {
        return properties.base() + "/calendar/courses/" + booking.courseId() + ".ics";
    }

    private void send(BookingRow booking, String subject, String body) {
        if (booking.email() != null) {
            mail.queueToFamily(booking.id(), new Email(booking.email(), subject, body));
        }
    }
}
