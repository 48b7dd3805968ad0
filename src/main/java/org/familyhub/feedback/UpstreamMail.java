package org.familyhub.feedback;

/**
 * The e-mail a withheld problem report would become for its feed's publisher, shown to staff before they send it.
 *
 * @param feedName the feed whose publisher it goes to
 * @param to       the corrections address the publisher registered
 */
public record UpstreamMail(String feedName, String to, String subject, String body) {
}
