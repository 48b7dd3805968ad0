package org.familyhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.shared.SecretTokens;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.booking.PlaceRules.ValidPlace;
import org.familyhub.booking.domain.BookingAuditRepository;
import org.familyhub.booking.domain.BookingRepository;
import org.familyhub.booking.domain.BookingRow;
import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.booking.domain.WaitingListRepository;
import org.familyhub.booking.domain.WaitingRow;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.familyhub.booking.PlaceRules.invalid;

/**
 * A family's side of course booking, no account needed: the next courses of a programme, booking a place or a
 * place on the waiting list, cancelling through the e-mailed link, taking or refusing an offered place.
 * <p>
 * Every change to a course's places runs at READ COMMITTED and starts by locking the course's row (the
 * conditional update of {@link CourseRepository#takePlace} does so itself), so changes to one course happen one
 * after another, every read after the lock sees what was committed before it, and locks are always taken in
 * the same order (course, then its bookings and waiting list): no overbooking, no deadlock.
 */
@Service
public class CourseBookings {

    private static final Logger LOG = LoggerFactory.getLogger(CourseBookings.class);
    static final String FAMILY = "family";

    private final CourseRepository courses;
    private final BookingRepository bookings;
    private final WaitingListRepository waitingList;
    private final BookingAuditRepository audit;
    private final BookingReferences references;
    private final BookingMail mail;
    private final Places places;
    private final CourseIndexing indexing;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate writes;

    CourseBookings(CourseRepository courses, BookingRepository bookings, WaitingListRepository waitingList,
            BookingAuditRepository audit, BookingReferences references, BookingMail mail, Places places,
            CourseIndexing indexing, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
        this.courses = courses;
        this.bookings = bookings;
        this.waitingList = waitingList;
        this.audit = audit;
        this.references = references;
        this.mail = mail;
        this.places = places;
        this.indexing = indexing;
        this.currentUser = currentUser;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
        this.writes.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** A programme's courses that have not started and are not cancelled, soonest first. */
    @Transactional(readOnly = true)
    public List<CourseSummary> upcoming(UUID serviceId) {
        LocalDate today = LocalDate.now(clock);
        return courses.byService(serviceId).stream()
                .filter(c -> CourseStatus.OPEN.name().equals(c.status()) && c.firstSession().isAfter(today))
                .map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CourseSummary> course(UUID courseId) {
        return courses.find(courseId).map(this::summary);
    }

    /**
     * Books a place, or a place on the waiting list when the course is full. A form sent again with the same
     * idempotency key answers the booking the first one made, and changes nothing.
     *
     * @throws InvalidBookingException when the form or the course does not allow it; nothing is stored
     */
    public BookingOutcome book(PlaceRequest form) {
        ValidPlace place = PlaceRules.check(form);
        Optional<BookingOutcome> earlier = earlier(form.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<PortalUser> professional = currentUser.get().filter(user -> user.has(Role.PROFESSIONAL));
        try {
            return writes.execute(status -> bookInTransaction(form, place, professional.orElse(null)));
        } catch (DuplicateKeyException twice) {
            // The same form arrived twice at once: the other submit committed first, and this one rolled back.
            return earlier(form.idempotencyKey()).orElseThrow(() -> twice);
        }
    }

    private Optional<BookingOutcome> earlier(String key) {
        return bookings.byIdempotencyKey(key).map(booking -> {
            CourseRow course = courses.find(booking.courseId()).orElseThrow();
            int position = waitingList.ofCourse(course.id()).stream().filter(e -> e.bookingId().equals(booking.id()))
                    .map(WaitingRow::position).findFirst().orElse(0);
            return new BookingOutcome(booking.id(), booking.reference(), BookingStatus.valueOf(booking.status()),
                    course.id(), course.title(), course.firstSession(), position);
        });
    }

    private BookingOutcome bookInTransaction(PlaceRequest form, ValidPlace place, @Nullable PortalUser professional) {
        Instant now = clock.instant();
        CourseRow course = courses.find(form.courseId())
                .orElseThrow(() -> invalid("", "booking.error.noCourse", "There is no such course."));
        checkBookable(course, now, professional, form);
        boolean placed = courses.takePlace(course.id());
        if (!placed) {
            // Full, or changed since it was read: decide again holding the course's lock.
            CourseRow locked = courses.lock(course.id()).orElseThrow();
            checkBookable(locked, now, professional, form);
            placed = courses.takePlace(course.id());
        }
        String cancelToken = SecretTokens.newToken();
        BookingRow booking = new BookingRow(UUID.randomUUID(), references.next(), course.id(),
                placed ? BookingStatus.BOOKED.name() : BookingStatus.WAITING.name(), form.idempotencyKey(),
                SecretTokens.hash(cancelToken), place.ages().size(), place.crecheChildren(),
                professional == null ? null : professional.id(), professional == null ? null : now, now, null,
                place.name(), place.email(), place.phone(), place.agesText(), place.crecheNeeds(), place.accessNeeds(),
                true, professional == null ? null : professional.displayName(),
                professional == null ? null : form.consentGivenBy());
        bookings.insert(booking);
        String actor = professional == null ? FAMILY : professional.username();
        int position = 0;
        if (placed) {
            // This transaction holds the course's row since the update, so this reading is the course as it left it.
            indexing.placesChanged(true, courses.find(course.id()).orElseThrow());
            audit.record(course.id(), booking.id(), now, actor, "BOOKED", null);
            mail.booked(booking, course, cancelToken);
        } else {
            position = waitingList.append(course.id(), booking.id(), now);
            audit.record(course.id(), booking.id(), now, actor, "JOINED_WAITING_LIST", "position " + position);
            mail.waiting(booking, course, position, cancelToken);
        }
        LOG.info("event=course-booking course={} status={}", course.id(), booking.status());
        return new BookingOutcome(booking.id(), booking.reference(), BookingStatus.valueOf(booking.status()),
                course.id(), course.title(), course.firstSession(), position);
    }

    private void checkBookable(CourseRow course, Instant now, @Nullable PortalUser professional, PlaceRequest form) {
        if (CourseStatus.CANCELLED.name().equals(course.status())) {
            throw invalid("", "booking.error.cancelled", "This course has been cancelled.");
        }
        if (!course.firstSession().isAfter(LocalDate.ofInstant(now, clock.getZone()))) {
            throw invalid("", "booking.error.started", "This course has already started, so it cannot be booked.");
        }
        if (now.isBefore(course.bookingOpensAt())) {
            throw invalid("", "booking.error.notOpen", "Booking for this course has not opened yet.");
        }
        if (!now.isBefore(course.bookingClosesAt())) {
            throw invalid("", "booking.error.closed", "Booking for this course has closed.");
        }
        WhoMayBook who = WhoMayBook.valueOf(course.whoMayBook());
        if (professional == null && !who.families()) {
            throw invalid("", "booking.error.professionalOnly",
                    "Places on this course are booked by a professional, such as a health visitor or family support worker.");
        }
        if (professional != null) {
            if (!who.professionals()) {
                throw invalid("", "booking.error.familiesOnly", "Families book places on this course themselves.");
            }
            if (!form.familyConsented() || form.consentGivenBy() == null || form.consentGivenBy().isBlank()) {
                throw invalid("consentGivenBy", "booking.error.familyConsent",
                        "Record who in the family agreed to this booking.");
            }
        }
    }

    /**
     * The newest {@code newest} bookings the signed-in professional made for families, and how many they made in
     * all: a list of years of bookings is not read whole to show its top.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.PROFESSIONAL)
    public BookedForFamilies bookedByMe(int newest) {
        PortalUser professional = currentUser.require();
        List<BookedForFamily> shown = bookings.bookedBy(professional.id(), Math.max(1, newest)).stream()
                .map(b -> new BookedForFamily(b.reference(), b.parentName(), b.courseTitle(), b.venue(),
                        b.firstSession(), BookingStatus.valueOf(b.status()), b.createdAt()))
                .toList();
        return new BookedForFamilies(shown, bookings.countBookedBy(professional.id()));
    }

    /** What a cancel link is for, so the page can ask "cancel this?" before it does. */
    @Transactional(readOnly = true)
    public Optional<LinkedBooking> byCancelLink(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return bookings.byCancelTokenHash(SecretTokens.hash(token)).map(this::linked);
    }

    /**
     * Cancels a place (it goes to the first person waiting) or leaves the waiting list, through the link in the
     * family's e-mail. The link works once: a cancelled booking cannot be cancelled again.
     *
     * @throws InvalidBookingException for a link that is forged, cut off or used
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LinkedBooking cancel(String token) {
        BookingRow found = Optional.of(token).filter(SecretTokens::wellFormed).map(SecretTokens::hash)
                .flatMap(bookings::byCancelTokenHash).orElseThrow(CourseBookings::badLink);
        Instant now = clock.instant();
        CourseRow course = courses.lock(found.courseId()).orElseThrow();
        BookingRow booking = bookings.lock(found.id()).orElseThrow();
        BookingStatus status = BookingStatus.valueOf(booking.status());
        if (status == BookingStatus.BOOKED) {
            bookings.setStatus(booking.id(), BookingStatus.CANCELLED.name(), now);
            audit.record(course.id(), booking.id(), now, FAMILY, "CANCELLED", null);
            if (CourseStatus.OPEN.name().equals(course.status())) {
                places.free(course, now);
            }
        } else if (status == BookingStatus.WAITING) {
            WaitingRow entry = waitingList.ofBooking(booking.id()).orElseThrow();
            waitingList.decide(entry.id(), entry.status(), WaitingStatus.WITHDRAWN.name(), now);
            bookings.setStatus(booking.id(), BookingStatus.CANCELLED.name(), now);
            audit.record(course.id(), booking.id(), now, FAMILY, "LEFT_WAITING_LIST", null);
            if (WaitingStatus.OFFERED.name().equals(entry.status())) {
                places.free(course, now);
            }
        } else {
            throw invalid("", "booking.error.linkUsed", "This booking has already been cancelled or has ended.");
        }
        mail.cancelled(booking, course);
        return linked(bookings.find(booking.id()).orElseThrow());
    }

    /** What an offer link offers, so the page can ask "take it?". */
    @Transactional(readOnly = true)
    public Optional<LinkedBooking> byOfferLink(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return waitingList.byOfferTokenHash(SecretTokens.hash(token)).flatMap(e -> bookings.find(e.bookingId()))
                .map(this::linked);
    }

    /**
     * Takes the place offered: the booking becomes a place. The place was held for this family since the offer,
     * so taking it needs no free place.
     *
     * @throws InvalidBookingException when the link is not valid, or the offer was answered or has lapsed
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LinkedBooking acceptOffer(String token) {
        Decision decision = decide(token);
        Instant now = clock.instant();
        waitingList.decide(decision.entry().id(), WaitingStatus.OFFERED.name(), WaitingStatus.ACCEPTED.name(), now);
        bookings.setStatus(decision.booking().id(), BookingStatus.BOOKED.name(), now);
        audit.record(decision.course().id(), decision.booking().id(), now, FAMILY, "OFFER_ACCEPTED", null);
        mail.offerTaken(decision.booking(), decision.course());
        return linked(bookings.find(decision.booking().id()).orElseThrow());
    }

    /** Refuses the place offered: it goes to the next person waiting. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public LinkedBooking declineOffer(String token) {
        Decision decision = decide(token);
        Instant now = clock.instant();
        waitingList.decide(decision.entry().id(), WaitingStatus.OFFERED.name(), WaitingStatus.DECLINED.name(), now);
        bookings.setStatus(decision.booking().id(), BookingStatus.NOT_PLACED.name(), now);
        audit.record(decision.course().id(), decision.booking().id(), now, FAMILY, "OFFER_DECLINED", null);
        places.free(decision.course(), now);
        return linked(bookings.find(decision.booking().id()).orElseThrow());
    }

    private record Decision(CourseRow course, WaitingRow entry, BookingRow booking) {
    }

    private Decision decide(String token) {
        WaitingRow found = Optional.of(token).filter(SecretTokens::wellFormed).map(SecretTokens::hash)
                .flatMap(waitingList::byOfferTokenHash).orElseThrow(CourseBookings::badLink);
        CourseRow course = courses.lock(found.courseId()).orElseThrow();
        WaitingRow entry = waitingList.ofBooking(found.bookingId()).orElseThrow();
        if (!WaitingStatus.OFFERED.name().equals(entry.status())) {
            throw invalid("", "booking.error.offerAnswered",
                    "This offer has already been answered, has lapsed or was withdrawn.");
        }
        if (entry.offerExpiresAt() != null && !clock.instant().isBefore(entry.offerExpiresAt())) {
            throw invalid("", "booking.error.offerLapsed", "The time to take this place has passed.");
        }
        return new Decision(course, entry, bookings.lock(entry.bookingId()).orElseThrow());
    }

    private static InvalidBookingException badLink() {
        return invalid("", "booking.error.link", "This link is not valid. Please use the link in your e-mail.");
    }

    private LinkedBooking linked(BookingRow booking) {
        CourseRow course = courses.find(booking.courseId()).orElseThrow();
        Optional<WaitingRow> entry = waitingList.ofCourse(course.id()).stream()
                .filter(e -> e.bookingId().equals(booking.id())).findFirst();
        return new LinkedBooking(booking.reference(), course.title(), course.venue(), course.firstSession(),
                BookingStatus.valueOf(booking.status()),
                entry.map(e -> WaitingStatus.valueOf(e.status())).orElse(null),
                entry.map(WaitingRow::offerExpiresAt).orElse(null));
    }

    CourseSummary summary(CourseRow c) {
        return new CourseSummary(c.id(), c.serviceId(), c.organisationId(), c.title(), c.venue(), c.facilitator(),
                courses.sessions(c.id()), c.startTime(), c.endTime(), c.capacity(), c.placesTaken(), c.crechePlaces(),
                WhoMayBook.valueOf(c.whoMayBook()), c.bookingOpensAt(), c.bookingClosesAt(),
                CourseStatus.valueOf(c.status()), waitingList.waitingCount(c.id()));
    }
}
