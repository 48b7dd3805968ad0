package org.familyhub.portal.web;

import java.time.Instant;

/**
 * A generated file as stored and served.
 *
 * @param etag a strong validator made from the content, quoted as HTTP wants it
 */
record StoredFile(String name, String contentType, byte[] content, String etag, Instant generatedAt) {
}
