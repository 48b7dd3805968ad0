package org.familyhub.directory;

/** Where the help happens. */
public enum DeliveryMethod implements TaxonomyCoded {
    IN_PERSON("in-person"),
    ONLINE("online"),
    PHONE("phone"),
    HOME_VISIT("home-visit");

    private final String code;

    DeliveryMethod(String code) {
        this.code = code;
    }

    /** The term code in the {@code delivery} taxonomy. */
    @Override
    public String code() {
        return code;
    }
}
