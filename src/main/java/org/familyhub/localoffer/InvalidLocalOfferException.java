package org.familyhub.localoffer;

import java.util.Map;

/** What is wrong with a form, by field: each the key of a plain-English message. Nothing was stored. */
public class InvalidLocalOfferException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidLocalOfferException(Map<String, String> errors) {
        super("Invalid Local Offer input: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
