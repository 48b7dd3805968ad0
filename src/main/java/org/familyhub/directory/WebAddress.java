package org.familyhub.directory;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A web address a page may link to, or a feed be pulled from: absolute http or https with a dotted host (a name such
 * as {@code localhost} or {@code intranet} no family can reach). Anything else
 * ({@code javascript:}, {@code data:}, a bare {@code www.example.org}) would be a broken or unsafe link, so the form,
 * content files and feed imports refuse it by this one rule.
 *
 * @param value the address as given, without surrounding spaces
 */
public record WebAddress(String value) {

    public WebAddress {
        if (!valid(value)) {
            throw new IllegalArgumentException("not an http(s) web address");
        }
    }

    /** The address, or empty when the text is not an http(s) address with a host (blank included). */
    public static Optional<WebAddress> parse(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        return valid(stripped) ? Optional.of(new WebAddress(stripped)) : Optional.empty();
    }

    private static boolean valid(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && uri.getHost() != null && uri.getHost().contains(".")
                    && (scheme.equals("https") || scheme.equals("http"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
