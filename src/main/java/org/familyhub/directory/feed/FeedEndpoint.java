package org.familyhub.directory.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.familyhub.account.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's feed API: {@code /api/admin/feeds} to register and list, {@code /{id}/pull} and
 * {@code /{id}/upload} to import, {@code PUT /{id}/corrections-email} to change where corrections go. Administrators only (HTTP Basic on the stateless API). Answers JSON, errors as {@code {"error", "status", "message"}}.
 */
@RestController
@RolesAllowed(Roles.ADMIN)
class FeedEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(FeedEndpoint.class);

    private final FeedImport feeds;
    private final DataSize maxUploadSize;

    FeedEndpoint(FeedImport feeds, @Value("${familyhub.feed.max-upload-size:20MB}") DataSize maxUploadSize) {
        this.feeds = feeds;
        this.maxUploadSize = maxUploadSize;
    }

    @PostMapping(path = "/api/admin/feeds", produces = "application/json")
    ResponseEntity<String> register(@RequestBody(required = false) @Nullable String body) {
        return guarded(() -> {
            JsonNode request;
            try {
                request = body == null || body.isBlank() ? null : FeedRecords.JSON.readTree(body);
            } catch (JacksonException e) {
                return error(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
            }
            if (request == null || !request.isObject()) {
                return error(HttpStatus.BAD_REQUEST, "Send {\"name\": …, \"base_url\": …, \"corrections_email\": …}"
                        + " (base_url and corrections_email optional).");
            }
            String name = FeedRecords.text(request, "name");
            String baseUrl = FeedRecords.text(request, "base_url");
            String corrections = FeedRecords.text(request, "corrections_email");
            return json(HttpStatus.CREATED, feeds.register(name == null ? "" : name, baseUrl, corrections));
        });
    }

    /**
     * Changes the address a feed's corrections go to after registration (a publisher's team changes), or removes it
     * with a blank or null one: {@code {"corrections_email": …}}. Reports made before the change keep where they went.
     */
    @PutMapping(path = "/api/admin/feeds/{id}/corrections-email", produces = "application/json")
    ResponseEntity<String> correctionsEmail(@PathVariable String id, @RequestBody(required = false) @Nullable String body) {
        return guarded(() -> {
            JsonNode request;
            try {
                request = body == null || body.isBlank() ? null : FeedRecords.JSON.readTree(body);
            } catch (JacksonException e) {
                return error(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
            }
            if (request == null || !request.isObject() || !request.has("corrections_email")) {
                return error(HttpStatus.BAD_REQUEST, "Send {\"corrections_email\": …} (null or \"\" removes it).");
            }
            return json(HttpStatus.OK, feeds.changeCorrectionsEmail(feedId(id),
                    FeedRecords.text(request, "corrections_email")));
        });
    }

    @GetMapping(path = "/api/admin/feeds", produces = "application/json")
    ResponseEntity<String> list() {
        return guarded(() -> json(HttpStatus.OK, Map.of("feeds", feeds.sources())));
    }

    @PostMapping(path = "/api/admin/feeds/{id}/pull", produces = "application/json")
    ResponseEntity<String> pull(@PathVariable String id,
            @RequestParam(name = "full", defaultValue = "false") String full) {
        return guarded(() -> json(HttpStatus.OK, feeds.pull(feedId(id), "true".equals(full))));
    }

    /**
     * A feed file larger than {@code familyhub.feed.max-upload-size} is refused before it is read in full: by
     * its declared length at once, otherwise as soon as more than the limit has arrived.
     */
    @PostMapping(path = "/api/admin/feeds/{id}/upload", produces = "application/json")
    ResponseEntity<String> upload(@PathVariable String id, HttpServletRequest request) throws IOException {
        long limit = maxUploadSize.toBytes();
        if (request.getContentLengthLong() > limit) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (body.length > limit) {
            return tooLarge();
        }
        return guarded(() -> {
            if (body.length == 0) {
                return error(HttpStatus.BAD_REQUEST, "Send the feed file (JSON) as the body.");
            }
            return json(HttpStatus.OK, feeds.importFile(feedId(id), new ByteArrayInputStream(body)));
        });
    }

    private ResponseEntity<String> tooLarge() {
        return error(HttpStatus.CONTENT_TOO_LARGE, "The feed file is larger than " + maxUploadSize.toMegabytes()
                + " MB, the most this portal takes in one upload (familyhub.feed.max-upload-size). "
                + "Split the feed into smaller files, or ask for the limit to be raised.");
    }

    private ResponseEntity<String> guarded(Supplier<ResponseEntity<String>> action) {
        try {
            return action.get();
        } catch (UnknownFeedException e) {
            return error(HttpStatus.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (IllegalStateException e) {
            return error(HttpStatus.CONFLICT, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Feed administration failed", e);
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "The feed could not be processed.");
        }
    }

    private static UUID feedId(String id) {
        if (!FeedRecords.isUuid(id)) {
            throw new UnknownFeedException(id);
        }
        return UUID.fromString(id);
    }

    private static ResponseEntity<String> json(HttpStatus status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(FeedRecords.JSON.writeValueAsString(body));
    }

    private static ResponseEntity<String> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", status.name().toLowerCase(java.util.Locale.ROOT));
        body.put("status", status.value());
        body.put("message", message);
        return json(status, body);
    }
}
