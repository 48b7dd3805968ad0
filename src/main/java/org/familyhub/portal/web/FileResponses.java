package org.familyhub.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers for stored files. Each carries its {@code ETag} and {@code Last-Modified}, so Spring MVC answers
 * {@code 304 Not Modified} to a matching {@code If-None-Match} or {@code If-Modified-Since} by itself.
 */
final class FileResponses {

    /** Caches may keep a file this long; after that a revalidation costs one row read and a 304. */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private FileResponses() {
    }

    static ResponseEntity<byte[]> ok(StoredFile file) {
        return ok(file, new HttpHeaders());
    }

    static ResponseEntity<byte[]> ok(StoredFile file, HttpHeaders headers) {
        return ResponseEntity.ok().headers(headers).contentType(MediaType.parseMediaType(file.contentType()))
                .eTag(file.etag()).lastModified(file.generatedAt()).cacheControl(CACHE).body(file.content());
    }

    static ResponseEntity<byte[]> notFound(String message) {
        return text(HttpStatus.NOT_FOUND, message);
    }

    /** A file never made yet that was not ready in time: generation is queued, the client may come back. */
    static ResponseEntity<byte[]> notReady() {
        ResponseEntity<byte[]> answer = text(HttpStatus.SERVICE_UNAVAILABLE,
                "This file is being prepared. Please try again in a minute.");
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "30").body(answer.getBody());
    }

    private static ResponseEntity<byte[]> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN)
                .body(message.getBytes(StandardCharsets.UTF_8));
    }
}
