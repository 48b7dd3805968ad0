package org.familyhub.portal.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familyhub.portal.PortalPageProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections every response carries (the sign-in, CSRF and session rules are the security
 * configuration's, in {@code account}): a Content-Security-Policy, a Referrer-Policy and a Permissions-Policy.
 *
 * <p>The policy is as strict as Vaadin lets it be, found by running the pages in Chromium with it:
 * <ul>
 * <li>scripts only from the portal itself, plus the inline scripts of the page Vaadin sends, each marked with
 * this response's nonce ({@link #NONCE}, stamped on them by {@code ScriptNonces}); an injected
 * {@code <script>} or {@code onerror=} has no nonce and does not run;</li>
 * <li>{@code 'unsafe-eval'}: Vaadin's client runs every server-side {@code executeJs} through
 * {@code new Function};</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's components and Lumo write style attributes and elements;</li>
 * <li>pictures from the portal, {@code data:} (Lumo's icons) and the configured map tile server.</li>
 * </ul>
 * The referrer leaves the site as the origin only (search addresses carry postcodes; the tile server asks for a
 * referrer). Of the powerful features only geolocation is allowed, to the portal itself: "Use my location".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class SecurityHeaders extends OncePerRequestFilter {

    /** The request attribute holding this response's script nonce. */
    public static final String NONCE = SecurityHeaders.class.getName() + ".nonce";

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(self), payment=(), usb=(),"
            + " serial=(), midi=()";

    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/?#]+)");

    private final SecureRandom random = new SecureRandom();
    private final String tileOrigin;

    SecurityHeaders(PortalPageProperties pages) {
        this.tileOrigin = tileOrigin(pages.mapTileUrl());
    }

    /**
     * The tile server's origin in CSP's form: {@code https://{s}.tile.example.org/{z}/…} allows
     * {@code https://*.tile.example.org}. Empty when the address is not an http(s) one.
     */
    static String tileOrigin(String tileUrl) {
        Matcher origin = ORIGIN.matcher(tileUrl.strip());
        return origin.find() ? origin.group(1).replaceAll("\\{[^}]*}", "*") : "";
    }

    static String policy(String nonce, String tileOrigin) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:" + (tileOrigin.isEmpty() ? "" : " " + tileOrigin) + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'self'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce, tileOrigin));
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        chain.doFilter(request, response);
    }
}
