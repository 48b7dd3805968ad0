package org.familyhub.booking;

import org.familyhub.booking.domain.BookingRepository;
import org.familyhub.shared.SpokenReferences;
import org.springframework.stereotype.Component;

/** Booking references, {@code BK-7K3Q-9P2M}: read out on the phone like the front door's. */
@Component
class BookingReferences {

    private final BookingRepository bookings;

    BookingReferences(BookingRepository bookings) {
        this.bookings = bookings;
    }

    String next() {
        return SpokenReferences.next("BK", bookings::referenceExists);
    }
}
