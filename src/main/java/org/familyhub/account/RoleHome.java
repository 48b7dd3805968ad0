package org.familyhub.account;

/**
 * Where a person holding a role lands after signing in, when no page sent them to sign in: a professional's folders.
 * The module that owns the page declares it as a Spring bean, as with {@link PublicPaths}, so sign-in need not know
 * that module. Without one, a role lands on the front page.
 *
 * @param path the page's path from the site's root, e.g. {@code /folders}
 */
public record RoleHome(Role role, String path) {

    public RoleHome {
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A role's home is a path on this site: " + path);
        }
    }
}
