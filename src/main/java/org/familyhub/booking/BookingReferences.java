package org.familyhub.booking;

import java.security.SecureRandom;

import org.familyhub.booking.domain.BookingRepository;
import org.springframework.stereotype.Component;

/**
 * Booking references a family can read out on the phone, {@code BK-7K3Q-9P2M}: the front door's alphabet (no
 * 0/O, 1/I/L or U), random so a reference tells nobody how many others booked.
 */
@Component
class BookingReferences {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private final SecureRandom random = new SecureRandom();
    private final BookingRepository bookings;

    BookingReferences(BookingRepository bookings) {
        this.bookings = bookings;
    }

    String next() {
        String reference;
        do {
            reference = "BK-" + block() + "-" + block();
        } while (bookings.referenceExists(reference));
        return reference;
    }

    private String block() {
        StringBuilder block = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            block.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return block.toString();
    }
}
