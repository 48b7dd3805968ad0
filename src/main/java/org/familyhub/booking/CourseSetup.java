package org.familyhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familyhub.booking.domain.BookingAuditRepository;
import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.SchoolTerms;
import org.familyhub.directory.TermDates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import static org.familyhub.booking.PlaceRules.invalid;

/**
 * Checks a new course and stores it with its session dates: weekly from the first date, a week that falls in
 * a school holiday skipped and the course run on past it; the programme's waiting list moves onto it. Who may do it is the caller's question.
 */
@Component
class CourseSetup {

    static final int MAX_SESSIONS = 20;
    static final int MAX_CAPACITY = 200;

    private final CourseRepository courses;
    private final BookingAuditRepository audit;
    private final SchoolTerms terms;
    private final Clock clock;
    private final CourseIndexing indexing;
    private final ProgrammeWaitingList programmeList;

    CourseSetup(CourseRepository courses, BookingAuditRepository audit, SchoolTerms terms, Clock clock,
            CourseIndexing indexing, ProgrammeWaitingList programmeList) {
        this.programmeList = programmeList;
        this.indexing = indexing;
        this.courses = courses;
        this.audit = audit;
        this.terms = terms;
        this.clock = clock;
    }

    CourseRow create(ListingSummary service, NewCourse form, String actor) {
        String title = required(form.title(), "title", "Enter the course's title.");
        String venue = required(form.venue(), "venue", "Enter where the course meets.");
        LocalDate today = LocalDate.now(clock);
        if (form.firstSession() == null || !form.firstSession().isAfter(today)) {
            throw invalid("firstSession", "booking.error.firstSession", "The first session must be after today.");
        }
        if (form.sessionCount() < 1 || form.sessionCount() > MAX_SESSIONS) {
            throw invalid("sessionCount", "booking.error.sessionCount", "A course has 1 to " + MAX_SESSIONS + " sessions.");
        }
        if (form.startTime() == null || form.endTime() == null || !form.endTime().isAfter(form.startTime())) {
            throw invalid("endTime", "booking.error.times", "Enter a start time and a later end time.");
        }
        if (form.capacity() < 1 || form.capacity() > MAX_CAPACITY) {
            throw invalid("capacity", "booking.error.capacity", "A course has 1 to " + MAX_CAPACITY + " places.");
        }
        if (form.crechePlaces() < 0 || form.crechePlaces() > MAX_CAPACITY) {
            throw invalid("crechePlaces", "booking.error.crechePlaces", "Crèche places are 0 or more.");
        }
        List<LocalDate> sessions = weeklySessions(form.firstSession(), form.sessionCount(), terms.termDates());
        LocalDate opens = form.bookingOpens() != null ? form.bookingOpens() : today;
        LocalDate closes = form.bookingCloses() != null ? form.bookingCloses() : sessions.getFirst().minusDays(1);
        if (closes.isBefore(opens) || !closes.isBefore(sessions.getFirst())) {
            throw invalid("bookingCloses", "booking.error.bookingDates",
                    "Booking must close on or after the day it opens, and before the first session.");
        }
        Instant now = clock.instant();
        CourseRow course = new CourseRow(UUID.randomUUID(), service.id(), service.organisationId(), title, venue,
                blankToNull(form.facilitator()), form.startTime(), form.endTime(), form.capacity(), 0,
                form.crechePlaces(), (form.whoMayBook() != null ? form.whoMayBook() : WhoMayBook.BOTH).name(),
                opens.atStartOfDay(clock.getZone()).toInstant(),
                closes.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), sessions.getFirst(), sessions.getLast(),
                CourseStatus.OPEN.name(), now);
        courses.insert(course, sessions);
        audit.record(course.id(), null, now, actor, "COURSE_CREATED", title);
        programmeList.moveTo(course, actor);
        indexing.courseAddedOrCancelled(service.id());
        return course;
    }

    static List<LocalDate> weeklySessions(LocalDate first, int count, TermDates terms) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = first;
        while (dates.size() < count) {
            if (!terms.isHoliday(date)) {
                dates.add(date);
            }
            date = date.plusWeeks(1);
        }
        return dates;
    }

    private static String required(@Nullable String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw invalid(field, "booking.error." + field, message);
        }
        if (value.strip().length() > 250) {
            throw invalid(field, "booking.error.tooLong", "An answer is longer than 250 characters.");
        }
        return value.strip();
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
