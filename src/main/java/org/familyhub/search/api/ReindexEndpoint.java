package org.familyhub.search.api;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.search.index.ServiceIndex;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/reindex}: the administrator's full reindex (a new index, then the alias
 * swapped, no downtime). Administrators only (HTTP Basic on the stateless API).
 */
@RestController
@RolesAllowed(Roles.ADMIN)
class ReindexEndpoint {

    private final ServiceIndex index;

    ReindexEndpoint(ServiceIndex index) {
        this.index = index;
    }

    @PostMapping(path = "/api/admin/reindex", produces = "application/json")
    ResponseEntity<Map<String, Object>> reindex() {
        long started = System.nanoTime();
        String rebuilt = index.rebuild();
        return ResponseEntity.ok(Map.of("index", rebuilt, "ms", (System.nanoTime() - started) / 1_000_000));
    }
}
