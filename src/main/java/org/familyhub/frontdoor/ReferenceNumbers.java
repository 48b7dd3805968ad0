package org.familyhub.frontdoor;

import java.security.SecureRandom;

import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.springframework.stereotype.Component;

/**
 * References families can read out on the phone: {@code FH-7K3Q-9P2M}. No 0/O, 1/I/L or U, so nothing
 * is misheard or misread; random, so a reference tells nobody how many others asked for help.
 */
@Component
class ReferenceNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private final SecureRandom random = new SecureRandom();
    private final HelpRequestRepository requests;

    ReferenceNumbers(HelpRequestRepository requests) {
        this.requests = requests;
    }

    /** A reference no stored request has; 30^8 make a clash rare, and one is simply drawn again. */
    String next() {
        String reference;
        do {
            reference = "FH-" + block() + "-" + block();
        } while (requests.existsByReference(reference));
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
