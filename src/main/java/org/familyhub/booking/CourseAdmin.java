package org.familyhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.shared.SecretTokens;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.booking.domain.AttendanceRepository;
import org.familyhub.booking.domain.BookingAuditRepository;
import org.familyhub.booking.domain.BookingRepository;
import org.familyhub.booking.domain.BookingRow;
import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.booking.domain.WaitingListRepository;
import org.familyhub.booking.domain.WaitingRow;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.Listings;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import static org.familyhub.booking.PlaceRules.invalid;

/**
 * The provider's and editor's side of courses: set one up, see its bookings and waiting list, print and mark
 * the register, cancel it. A provider sees and changes only their own organisation's courses; the check is
 * here, in every method, not only in the screens.
 */
@Service
@RolesAllowed({Roles.PROVIDER, Roles.EDITOR, Roles.ADMIN})
public class CourseAdmin {

    private final CourseRepository courses;
    private final BookingRepository bookings;
    private final WaitingListRepository waitingList;
    private final AttendanceRepository attendance;
    private final BookingAuditRepository audit;
    private final CourseBookings courseBookings;
    private final BookingMail mail;
    private final Listings listings;
    private final CourseSetup setup;
    private final Places places;
    private final CourseIndexing indexing;
    private final BookingReferences references;
    private final CurrentUser currentUser;
    private final Clock clock;

    CourseAdmin(CourseRepository courses, BookingRepository bookings, WaitingListRepository waitingList,
            AttendanceRepository attendance, BookingAuditRepository audit, CourseBookings courseBookings,
            BookingMail mail, Listings listings, CourseSetup setup, Places places, CourseIndexing indexing,
            BookingReferences references, CurrentUser currentUser, Clock clock) {
        this.indexing = indexing;
        this.references = references;
        this.courses = courses;
        this.bookings = bookings;
        this.waitingList = waitingList;
        this.attendance = attendance;
        this.audit = audit;
        this.courseBookings = courseBookings;
        this.mail = mail;
        this.listings = listings;
        this.setup = setup;
        this.places = places;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The services the signed-in user may set up courses for: their organisation's, or every one for editors. */
    @Transactional(readOnly = true)
    public List<ProgrammeChoice> programmes() {
        PortalUser user = currentUser.require();
        return listings.summaries().stream().filter(s -> mayManage(user, s.organisationId()))
                .map(s -> new ProgrammeChoice(s.id(), s.name(), s.organisationName())).toList();
    }

    /** Every course the user may manage, latest first. */
    @Transactional(readOnly = true)
    public List<CourseSummary> courses() {
        PortalUser user = currentUser.require();
        List<CourseRow> rows = editor(user) ? courses.all(null)
                : user.organisationId() == null ? List.of() : courses.all(Set.of(user.organisationId()));
        return rows.stream().map(courseBookings::summary).toList();
    }

    /** @throws InvalidBookingException when a field is wrong; nothing is stored */
    @Transactional
    public CourseSummary create(NewCourse form) {
        PortalUser user = currentUser.require();
        if (form.serviceId() == null) {
            throw invalid("serviceId", "booking.error.service", "Choose the programme this course is a run of.");
        }
        ListingSummary service = listings.summary(form.serviceId())
                .orElseThrow(() -> invalid("serviceId", "booking.error.service", "Choose the programme this course is a run of."));
        requireManage(user, service.organisationId());
        return courseBookings.summary(setup.create(service, form, user.username()));
    }

    @Transactional(readOnly = true)
    public Roster roster(UUID courseId) {
        CourseRow course = managed(courseId);
        Map<UUID, WaitingRow> entries = new java.util.HashMap<>();
        waitingList.ofCourse(courseId).forEach(e -> entries.put(e.bookingId(), e));
        List<Roster.Line> booked = new ArrayList<>();
        List<Roster.Line> waiting = new ArrayList<>();
        int creche = 0;
        for (BookingRow b : bookings.ofCourse(courseId)) {
            WaitingRow entry = entries.get(b.id());
            Roster.Line line = new Roster.Line(b.id(), b.reference(), BookingStatus.valueOf(b.status()),
                    entry == null ? null : WaitingStatus.valueOf(entry.status()), entry == null ? 0 : entry.position(),
                    b.parentName(), b.email(), b.phone(), b.childrenAges(), b.crecheChildren(), b.crecheNeeds(),
                    b.accessNeeds(), b.bookedByName(), b.createdAt());
            if (entry != null && BookingStatus.WAITING.name().equals(b.status())) {
                waiting.add(line);
            } else {
                booked.add(line);
                if (BookingStatus.BOOKED.name().equals(b.status())) {
                    creche += b.crecheChildren();
                }
            }
        }
        waiting.sort(Comparator.comparingInt(Roster.Line::position));
        return new Roster(courseBookings.summary(course), booked, waiting, creche);
    }

    @Transactional(readOnly = true)
    public Register register(UUID courseId, LocalDate session) {
        CourseRow course = managed(courseId);
        requireSession(courseId, session);
        Map<UUID, Boolean> marked = attendance.ofSession(courseId, session);
        List<Register.Entry> entries = bookings.ofCourse(courseId).stream()
                .filter(b -> BookingStatus.BOOKED.name().equals(b.status()))
                .sorted(Comparator.comparing(b -> b.parentName() == null ? "" : b.parentName(), String.CASE_INSENSITIVE_ORDER))
                .map(b -> new Register.Entry(b.id(), b.reference(), b.parentName(), b.childrenAges(), b.crecheChildren(),
                        b.accessNeeds(), marked.get(b.id())))
                .toList();
        return new Register(courseBookings.summary(course), session, entries);
    }

    @Transactional
    public void markAttendance(UUID courseId, UUID bookingId, LocalDate session, boolean attended) {
        managed(courseId);
        requireSession(courseId, session);
        BookingRow booking = bookings.find(bookingId).filter(b -> b.courseId().equals(courseId))
                .orElseThrow(() -> invalid("", "booking.error.noBooking", "There is no such booking on this course."));
        PortalUser user = currentUser.require();
        Instant now = clock.instant();
        attendance.mark(booking.id(), session, attended, now, user.username());
        audit.record(courseId, bookingId, now, user.username(), attended ? "ATTENDED" : "ABSENT", session.toString());
    }

    /**
     * Changes a course's number of places. New places go first to the people waiting, each offered in turn as a
     * freed place is; a course cannot have fewer places than are booked or on offer.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CourseSummary changeCapacity(UUID courseId, int capacity) {
        managed(courseId);
        CourseRow course = courses.lock(courseId).orElseThrow();
        if (capacity < Math.max(1, course.placesTaken()) || capacity > CourseSetup.MAX_CAPACITY) {
            throw invalid("capacity", "booking.error.capacityBelow", "A course cannot have fewer places than are booked or on offer ("
                    + course.placesTaken() + "), nor more than " + CourseSetup.MAX_CAPACITY + ".");
        }
        PortalUser user = currentUser.require();
        Instant now = clock.instant();
        courses.setCapacity(courseId, capacity);
        audit.record(courseId, null, now, user.username(), "CAPACITY_CHANGED", course.capacity() + " to " + capacity);
        if (CourseStatus.OPEN.name().equals(course.status())) {
            while (waitingList.firstWaiting(courseId).isPresent() && courses.takePlace(courseId)) {
                places.offerToNext(course, now);
            }
        }
        CourseRow after = courses.find(courseId).orElseThrow();
        indexing.placesChanged(course.placesTaken() < course.capacity(), after);
        return courseBookings.summary(after);
    }

    /** The courses a family on this course could be moved to: the same programme's, open, not started, not this. */
    @Transactional(readOnly = true)
    public List<CourseSummary> moveTargets(UUID courseId) {
        CourseRow course = managed(courseId);
        LocalDate today = LocalDate.now(clock);
        return courses.byService(course.serviceId()).stream()
                .filter(c -> !c.id().equals(courseId) && CourseStatus.OPEN.name().equals(c.status())
                        && c.firstSession().isAfter(today))
                .map(courseBookings::summary).toList();
    }

    /**
     * Moves a family's place to another course of the same programme. The new place is taken as a booking takes
     * one (the database's conditional update, so a full course refuses), the old one goes to the first on that
     * course's waiting list as a cancellation's would, and the family is e-mailed their new reference and cancel link.
     *
     * @throws InvalidBookingException when the booking has no place, or the course is another programme's, the
     *                                 same, closed, started or full; nothing is changed
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public BookingOutcome move(UUID bookingId, UUID toCourseId) {
        BookingRow found = bookings.find(bookingId)
                .orElseThrow(() -> invalid("", "booking.error.noBooking", "There is no such booking."));
        CourseRow fromRead = managed(found.courseId());
        CourseRow toRead = managed(toCourseId);
        if (fromRead.id().equals(toRead.id()) || !fromRead.serviceId().equals(toRead.serviceId())) {
            throw invalid("toCourse", "booking.error.moveProgramme",
                    "A family can be moved only to another course of the same programme.");
        }
        // Both courses' rows, always in the same order, so two moves between them cannot deadlock.
        boolean fromFirst = fromRead.id().compareTo(toRead.id()) < 0;
        CourseRow first = courses.lock(fromFirst ? fromRead.id() : toRead.id()).orElseThrow();
        CourseRow second = courses.lock(fromFirst ? toRead.id() : fromRead.id()).orElseThrow();
        CourseRow from = fromFirst ? first : second;
        CourseRow to = fromFirst ? second : first;
        BookingRow booking = bookings.lock(bookingId).orElseThrow();
        if (!BookingStatus.BOOKED.name().equals(booking.status())) {
            throw invalid("", "booking.error.moveNotBooked", "Only a family with a place can be moved.");
        }
        LocalDate today = LocalDate.now(clock);
        if (!CourseStatus.OPEN.name().equals(to.status()) || !to.firstSession().isAfter(today)) {
            throw invalid("toCourse", "booking.error.moveClosed",
                    "That course is cancelled or has started, so nobody can be moved to it.");
        }
        if (!courses.takePlace(to.id())) {
            throw invalid("toCourse", "booking.error.moveFull", "That course has no free place.");
        }
        Instant now = clock.instant();
        String actor = currentUser.require().username();
        String cancelToken = SecretTokens.newToken();
        BookingRow moved = new BookingRow(UUID.randomUUID(), references.next(), to.id(), BookingStatus.BOOKED.name(),
                SecretTokens.newToken(), SecretTokens.hash(cancelToken), booking.childrenCount(), booking.crecheChildren(),
                booking.bookedByUserId(), booking.consentRecordedAt(), now, null, booking.parentName(), booking.email(),
                booking.phone(), booking.childrenAges(), booking.crecheNeeds(), booking.accessNeeds(),
                booking.consentToContact(), booking.bookedByName(), booking.consentGivenBy());
        bookings.insert(moved);
        bookings.movedTo(booking.id(), moved.id(), now);
        indexing.placesChanged(true, courses.find(to.id()).orElseThrow());
        audit.record(from.id(), booking.id(), now, actor, "MOVED_OUT", "to " + to.title() + " as " + moved.reference());
        audit.record(to.id(), moved.id(), now, actor, "MOVED_IN", "from " + from.title() + " as " + booking.reference());
        places.free(from, now);
        mail.moved(moved, from, to, cancelToken);
        return new BookingOutcome(moved.id(), moved.reference(), BookingStatus.BOOKED, to.id(), to.title(),
                to.firstSession(), 0);
    }

    /** Cancels a course: every booking and waiting list entry ends, and every family with an e-mail is told. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void cancel(UUID courseId, @Nullable String reason) {
        managed(courseId);
        CourseRow course = courses.lock(courseId).orElseThrow();
        if (CourseStatus.CANCELLED.name().equals(course.status())) {
            return;
        }
        PortalUser user = currentUser.require();
        Instant now = clock.instant();
        for (WaitingRow entry : waitingList.open(courseId)) {
            waitingList.decide(entry.id(), entry.status(), WaitingStatus.WITHDRAWN.name(), now);
        }
        courses.cancel(courseId, now);
        for (BookingRow booking : bookings.ofCourse(courseId)) {
            if (BookingStatus.BOOKED.name().equals(booking.status()) || BookingStatus.WAITING.name().equals(booking.status())) {
                bookings.setStatus(booking.id(), BookingStatus.CANCELLED.name(), now);
                mail.courseCancelled(booking, course);
            }
        }
        audit.record(courseId, null, now, user.username(), "COURSE_CANCELLED", CourseSetup.blankToNull(reason));
        indexing.courseAddedOrCancelled(course.serviceId());
    }

    private void requireSession(UUID courseId, LocalDate session) {
        if (!courses.sessions(courseId).contains(session)) {
            throw invalid("session", "booking.error.session", "The course has no session on that day.");
        }
    }

    private CourseRow managed(UUID courseId) {
        CourseRow course = courses.find(courseId)
                .orElseThrow(() -> invalid("", "booking.error.noCourse", "There is no such course."));
        requireManage(currentUser.require(), course.organisationId());
        return course;
    }

    private static void requireManage(PortalUser user, UUID organisationId) {
        if (!mayManage(user, organisationId)) {
            throw new AccessDeniedException("A provider sees and changes only their own organisation's courses.");
        }
    }

    static boolean mayManage(PortalUser user, UUID organisationId) {
        return editor(user) || user.has(Role.PROVIDER) && organisationId.equals(user.organisationId());
    }

    private static boolean editor(PortalUser user) {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN);
    }

}
