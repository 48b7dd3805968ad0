package org.familyhub.shared.ui;

import java.util.Objects;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages anyone may open: the routes whose view says {@link AnonymousAllowed}. Vaadin's own check for the
 * security filter ({@code RequestUtil#isAnonymousRoute}) runs the whole navigation access check, listing every
 * route, for each page request, and the navigation then runs it again; this one is a lookup of the address. It
 * only lets a request through the filter: the view's own access is still checked when it is shown.
 */
public final class PublicRoutes {

    private PublicRoutes() {
    }

    /** Whether the request is for a page anyone may open. */
    public static boolean isPublicPage(HttpServletRequest request) {
        String path = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
        return isPublicPage(path,
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext())));
    }

    /**
     * Whether the path (with or without its leading slash) is a page anyone may open. An address Vaadin's router
     * cannot read (an encoded {@code ?} or {@code #} in it) is not.
     */
    static boolean isPublicPage(String path, RouteRegistry routes) {
        String route = path.replaceAll("^/+", "");
        if (route.contains("?") || route.contains("#")) {
            return false;
        }
        try {
            new Location(route);
            return routes.getNavigationTarget(route).map(view -> view.isAnnotationPresent(AnonymousAllowed.class))
                    .orElse(false);
        } catch (RuntimeException notARoute) {
            return false;
        }
    }
}
