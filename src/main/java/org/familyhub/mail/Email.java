package org.familyhub.mail;

import java.util.Map;

/**
 * A plain-text e-mail to one address.
 *
 * @param headers extra headers the message carries, such as {@code List-Unsubscribe} (RFC 8058); each a single line
 */
public record Email(String to, String subject, String body, Map<String, String> headers) {

    public Email {
        headers = Map.copyOf(headers);
    }

    public Email(String to, String subject, String body) {
        this(to, subject, body, Map.of());
    }
}
