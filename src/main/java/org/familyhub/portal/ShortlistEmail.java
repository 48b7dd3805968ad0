package org.familyhub.portal;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Send my shortlist to myself". The e-mail goes into the outbox in this transaction, so once this
 * returns it is stored and will be sent (and retried) even if the mail server is down right now.
 * The address is used for this one e-mail and kept nowhere else.
 */
@Service
public class ShortlistEmail {

    /** Deliberately plain: one @, no spaces, a dot in the domain; the mail server has the last word. */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final int MAX_ADDRESS = 254;

    private final Mail mail;
    private final PortalPageProperties pages;

    ShortlistEmail(Mail mail, PortalPageProperties pages) {
        this.mail = mail;
        this.pages = pages;
    }

    /**
     * One service as the e-mail lists it, in the family's interface language: labelled lines such as its cost,
     * next sessions, address, phone and page ({@link EntryFacts}).
     */
    public record Line(UUID id, String name, List<String> facts) {
    }

    /** The words of the e-mail, translated by the caller. */
    public record Wording(String subject, String intro, String shareLine, String footer) {
    }

    public static boolean validAddress(String address) {
        String trimmed = address.strip();
        return trimmed.length() <= MAX_ADDRESS && ADDRESS.matcher(trimmed).matches();
    }

    /**
     * Queues the e-mail; throws {@link IllegalArgumentException} with a plain message for a bad address
     * or an empty list, and then nothing is stored.
     */
    @Transactional
    public UUID send(String address, List<Line> services, Wording wording) {
        if (!validAddress(address)) {
            throw new IllegalArgumentException("That does not look like an e-mail address.");
        }
        if (services.isEmpty()) {
            throw new IllegalArgumentException("The shortlist is empty.");
        }
        String base = pages.base();
        String body = wording.intro() + "\n\n"
                + services.stream().map(s -> "- " + s.name() + s.facts().stream().map(fact -> "\n  " + fact)
                        .collect(Collectors.joining())).collect(Collectors.joining("\n\n"))
                + "\n\n" + wording.shareLine() + "\n" + base + "/shortlist?ids="
                + services.stream().map(s -> s.id().toString()).collect(Collectors.joining(","))
                + "\n\n" + wording.footer() + "\n";
        return mail.queue(new Email(address.strip(), wording.subject(), body));
    }
}
