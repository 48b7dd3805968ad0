package org.familyhub.mail;

/** A plain-text e-mail to one address. */
public record Email(String to, String subject, String body) {
}
