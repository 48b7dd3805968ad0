package org.familyhub.search.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import org.familyhub.search.index.ServiceIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/reindex}: the administrator's full reindex (a new index, then the alias
 * swapped, no downtime). Until the portal has sign-in and roles it is guarded by a token set in
 * {@code FAMILYHUB_ADMIN_TOKEN}; with no token configured it is switched off.
 */
@RestController
class ReindexEndpoint {

    private final ServiceIndex index;
    private final byte[] token;

    ReindexEndpoint(ServiceIndex index, @Value("${familyhub.admin.token:}") String token) {
        this.index = index;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping(path = "/api/admin/reindex", produces = "application/json")
    ResponseEntity<Map<String, Object>> reindex(
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        if (token.length == 0) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("error", "forbidden", "message", "Reindexing by API is switched off."));
        }
        if (!allowed(authorization)) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(Map.of("error", "unauthorized", "message", "An administrator's token is needed."));
        }
        long started = System.nanoTime();
        String rebuilt = index.rebuild();
        return ResponseEntity.ok(Map.of("index", rebuilt, "ms", (System.nanoTime() - started) / 1_000_000));
    }

    /** Compared in constant time, so the token cannot be guessed from response times. */
    private boolean allowed(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorization.substring("Bearer ".length()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token);
    }
}
