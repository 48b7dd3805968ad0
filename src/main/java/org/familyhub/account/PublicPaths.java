package org.familyhub.account;

import java.util.List;

/**
 * HTTP paths (Ant-style patterns, e.g. {@code /api/search/**}) that anyone may call without signing in.
 * Each module declares its own as a Spring bean; every other path outside the Vaadin views needs a
 * signed-in user, and controllers state the roles they allow with {@code @RolesAllowed}.
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }
}
