package org.familyhub.directory.feed;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's feed API: {@code /api/admin/feeds} to register and list, {@code /{id}/pull} and
 * {@code /{id}/upload} to import. Guarded like the reindex by {@code FAMILYHUB_ADMIN_TOKEN} until sign-in
 * exists (switched off without one). Answers JSON, errors as {@code {"error", "status", "message"}}.
 */
@RestController
class FeedEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(FeedEndpoint.class);

    private final FeedImport feeds;
    private final byte[] token;

    FeedEndpoint(FeedImport feeds, @Value("${familyhub.admin.token:}") String token) {
        this.feeds = feeds;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(path = "/api/admin/feeds", produces = "application/json")
    ResponseEntity<String> register(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) @Nullable String body) {
        return guarded(authorization, () -> {
            JsonNode request;
            try {
                request = body == null || body.isBlank() ? null : FeedRecords.JSON.readTree(body);
            } catch (JacksonException e) {
                return error(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
            }
            if (request == null || !request.isObject()) {
                return error(HttpStatus.BAD_REQUEST, "Send {\"name\": …, \"base_url\": …} (base_url optional).");
            }
            String name = FeedRecords.text(request, "name");
            String baseUrl = FeedRecords.text(request, "base_url");
            return json(HttpStatus.CREATED, feeds.register(name == null ? "" : name, baseUrl));
        });
    }

    @GetMapping(path = "/api/admin/feeds", produces = "application/json")
    ResponseEntity<String> list(@RequestHeader(name = "Authorization", required = false) String authorization) {
        return guarded(authorization, () -> json(HttpStatus.OK, Map.of("feeds", feeds.sources())));
    }

    @PostMapping(path = "/api/admin/feeds/{id}/pull", produces = "application/json")
    ResponseEntity<String> pull(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable String id, @RequestParam(name = "full", defaultValue = "false") String full) {
        return guarded(authorization, () -> json(HttpStatus.OK, feeds.pull(feedId(id), "true".equals(full))));
    }

    @PostMapping(path = "/api/admin/feeds/{id}/upload", produces = "application/json")
    ResponseEntity<String> upload(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable String id, @RequestBody(required = false) byte @Nullable [] body) {
        return guarded(authorization, () -> {
            if (body == null || body.length == 0) {
                return error(HttpStatus.BAD_REQUEST, "Send the feed file (JSON) as the body.");
            }
            return json(HttpStatus.OK, feeds.importFile(feedId(id), new ByteArrayInputStream(body)));
        });
    }

    private ResponseEntity<String> guarded(@Nullable String authorization, Supplier<ResponseEntity<String>> action) {
        if (token.length == 0) {
            return error(HttpStatus.FORBIDDEN, "Feed administration by API is switched off.");
        }
        if (!allowed(authorization)) {
            return error(HttpStatus.UNAUTHORIZED, "An administrator's token is needed.");
        }
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

    /** Compared in constant time, so the token cannot be guessed from response times. */
    private boolean allowed(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
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
