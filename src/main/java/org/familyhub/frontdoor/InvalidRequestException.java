package org.familyhub.frontdoor;

import java.util.Map;

/**
 * A form had mistakes and nothing was stored. {@code errors} maps each field name to the translation
 * key of a plain-English message about it ({@code frontdoor.error.*}).
 */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidRequestException(Map<String, String> errors) {
        super("Invalid fields: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
