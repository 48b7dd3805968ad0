package org.familyhub.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familyhub.booking.PlaceRules.ValidPlace;
import org.familyhub.booking.domain.BookingAuditRepository;
import org.familyhub.booking.domain.BookingRepository;
import org.familyhub.booking.domain.BookingRow;
import org.familyhub.booking.domain.CourseRepository;
import org.familyhub.booking.domain.CourseRow;
import org.familyhub.booking.domain.ProgrammeWaitingRepository;
import org.familyhub.booking.domain.ProgrammeWaitingRepository.Entry;
import org.familyhub.booking.domain.WaitingListRepository;
import org.familyhub.directory.ListingSummary;
import org.familyhub.directory.Listings;
import org.familyhub.shared.SecretTokens;
import org.familyhub.shared.SpokenReferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.familyhub.booking.PlaceRules.invalid;

/**
 * A programme's waiting list, no account needed: while a programme (a service with courses) has no course open
 * for booking by families, a family can ask to be told when the next one starts. When a course of the programme
 * is created ({@link #moveTo}, in the same transaction), everyone on the list, oldest first, is put on the new
 * course's waiting list and offered its places with the course waiting list's own offers; the rest wait there
 * in order.
 */
@Service
public class ProgrammeWaitingList {

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeWaitingList.class);

    private final ProgrammeWaitingRepository entries;
    private final CourseRepository courses;
    private final BookingRepository bookings;
    private final WaitingListRepository waitingList;
    private final BookingAuditRepository audit;
    private final BookingReferences references;
    private final BookingMail mail;
    private final Places places;
    private final Listings listings;
    private final Clock clock;
    private final TransactionTemplate writes;

    ProgrammeWaitingList(ProgrammeWaitingRepository entries, CourseRepository courses, BookingRepository bookings,
            WaitingListRepository waitingList, BookingAuditRepository audit, BookingReferences references,
            BookingMail mail, Places places, Listings listings, Clock clock, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.courses = courses;
        this.bookings = bookings;
        this.waitingList = waitingList;
        this.audit = audit;
        this.references = references;
        this.mail = mail;
        this.places = places;
        this.listings = listings;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
        this.writes.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** The name of a programme (a service that has had courses), empty for any other service. */
    public java.util.Optional<String> programmeName(UUID serviceId) {
        return courses.anyForService(serviceId) ? listings.summary(serviceId).map(ListingSummary::name)
                : java.util.Optional.empty();
    }

    /** True when the service is a programme (it has had courses) and none is open for booking by families now. */
    public boolean accepts(UUID serviceId) {
        if (!courses.anyForService(serviceId)) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return courses.byService(serviceId).stream().noneMatch(c -> CourseStatus.OPEN.name().equals(c.status())
                && c.firstSession().isAfter(today) && !now.isBefore(c.bookingOpensAt())
                && now.isBefore(c.bookingClosesAt()) && WhoMayBook.valueOf(c.whoMayBook()).families());
    }

    /**
     * Puts a family on the programme's list and e-mails them its reference. The same form sent again answers
     * the entry the first one made.
     *
     * @return the entry's reference
     * @throws InvalidBookingException when the form is wrong or the programme has a course open; nothing is stored
     */
    public String join(ProgrammeWaitRequest form) {
        ValidPlace place = PlaceRules.check(new PlaceRequest(form.serviceId(), form.idempotencyKey(),
                form.parentName(), form.email(), form.phone(), form.childrenAges(), 0, null, null,
                form.consentToContact(), false, null));
        if (place.email() == null) {
            throw invalid("email", "booking.error.emailRequired",
                    "Enter your e-mail address: it is how we tell you when the next course starts.");
        }
        var earlier = entries.byIdempotencyKey(form.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get().reference();
        }
        ListingSummary service = listings.summary(form.serviceId()).filter(s -> accepts(s.id()))
                .orElseThrow(() -> invalid("", "booking.error.programmeOpen",
                        "This programme has a course you can book now, so book a place on it instead."));
        try {
            return writes.execute(status -> {
                Instant now = clock.instant();
                Entry entry = new Entry(UUID.randomUUID(), SpokenReferences.next("PW", entries::referenceExists),
                        service.id(), "WAITING", now, place.ages().size(), place.name(), place.email(),
                        place.phone(), place.agesText());
                entries.insert(entry, form.idempotencyKey());
                mail.programmeJoined(entry.id(), place.email(), place.name(), service.name(), entry.reference());
                LOG.info("event=programme-waiting-list-joined service={}", service.id());
                return entry.reference();
            });
        } catch (DuplicateKeyException twice) {
            return entries.byIdempotencyKey(form.idempotencyKey()).map(Entry::reference).orElseThrow(() -> twice);
        }
    }

    /**
     * Moves the programme's list onto a course just created, in the transaction that created it: each entry,
     * oldest first, becomes a booking on the course's waiting list; while the course has places each is taken
     * and offered to the next of them (the usual offer, time limit and e-mail), the rest are told their place
     * in the queue. The entries are closed.
     */
    void moveTo(CourseRow course, String actor) {
        if (!WhoMayBook.valueOf(course.whoMayBook()).families()) {
            return; // a professional-only course: families cannot take its places, so they wait for the next
        }
        List<Entry> waiting = entries.waiting(course.serviceId());
        if (waiting.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        courses.lock(course.id()).orElseThrow();
        int offered = 0;
        for (Entry entry : waiting) {
            String cancelToken = SecretTokens.newToken();
            BookingRow booking = new BookingRow(UUID.randomUUID(), references.next(), course.id(),
                    BookingStatus.WAITING.name(), "programme-" + entry.id(), SecretTokens.hash(cancelToken),
                    entry.childrenCount(), 0, null, null, now, null, entry.parentName(), entry.email(), entry.phone(),
                    entry.childrenAges(), null, null, true, null, null);
            bookings.insert(booking);
            int position = waitingList.append(course.id(), booking.id(), now);
            audit.record(course.id(), booking.id(), now, actor, "JOINED_FROM_PROGRAMME_LIST",
                    "entry " + entry.reference() + ", position " + position);
            entries.close(entry.id(), booking.id(), now);
            if (courses.takePlace(course.id())) {
                places.offerToNext(courses.find(course.id()).orElseThrow(), now);
                mail.movedFromProgramme(booking, course, cancelToken);
                offered++;
            } else {
                mail.waiting(booking, course, position, cancelToken);
            }
        }
        LOG.info("event=programme-waiting-list-moved course={} entries={} offered={}", course.id(), waiting.size(),
                offered);
    }
}
