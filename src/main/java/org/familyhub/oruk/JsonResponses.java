package org.familyhub.oruk;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.familyhub.directory.OpenReferralCatalogue;
import org.familyhub.directory.content.ServiceImport;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the API's JSON itself, with the standard's snake_case names and no nulls (HSDS forbids null
 * where it asks for a string), no empty lists and no empty strings (Open Referral UK: a field without a
 * value is left out), whatever the application's own JSON settings are. Owning the bytes is
 * also what makes the ETag: Spring answers {@code If-None-Match}/{@code If-Modified-Since} with 304
 * from the ETag and Last-Modified headers of a ResponseEntity.
 */
@Component
class JsonResponses {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final JsonMapper json = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();
    private final OpenReferralCatalogue catalogue;

    JsonResponses(OpenReferralCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    ResponseEntity<byte[]> ok(Object body) {
        return cached(bytes(body), MediaType.APPLICATION_JSON);
    }

    /** One JSON document per line: for bulk copies of the directory, so no page envelope. */
    ResponseEntity<byte[]> ndjson(List<?> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object item : items) {
            out.writeBytes(bytes(item));
            out.write('\n');
        }
        return cached(out.toByteArray(), NDJSON);
    }

    /** A document that is part of the code (the OpenAPI description), cached like the data. */
    ResponseEntity<byte[]> document(byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CACHING)
                .eTag(etag(body)).body(body);
    }

    ResponseEntity<byte[]> error(HttpStatus status, String message) {
        byte[] body = json.writeValueAsBytes(Map.of("error", status.name().toLowerCase(Locale.ROOT),
                "status", status.value(), "message", message));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * Records pass the directory's cleaner once more on the way out, so markup stored before every way in was
     * cleaned (an old feed import) never reaches another publisher's readers.
     */
    private byte[] bytes(Object record) {
        return json.writeValueAsBytes(omitEmpty(ServiceImport.cleanPublished(json.valueToTree(record))));
    }

    /** Cleaning can leave a field empty (markup and nothing else), which is then left out too. */
    private static JsonNode omitEmpty(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                omitEmpty(value);
                // The page envelope's contents stay, empty or not: an empty page is still a page.
                if (value.isString() && value.asString().isBlank()
                        || value.isArray() && value.isEmpty() && !name.equals("contents")) {
                    object.remove(name);
                }
            }
        } else if (node.isArray()) {
            node.forEach(JsonResponses::omitEmpty);
        }
        return node;
    }

    private ResponseEntity<byte[]> cached(byte[] body, MediaType type) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type).cacheControl(CACHING)
                .eTag(etag(body));
        catalogue.lastModified().map(Instant::toEpochMilli).ifPresent(response::lastModified);
        return response.body(body);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
