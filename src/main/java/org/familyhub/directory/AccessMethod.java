package org.familyhub.directory;

/** How a family gets a service: the call to action on its page. */
public enum AccessMethod implements TaxonomyCoded {
    DROP_IN("drop-in"),
    SELF_REFERRAL("self-referral"),
    PROFESSIONAL_REFERRAL("professional-referral"),
    BOOKING("booking");

    private final String code;

    AccessMethod(String code) {
        this.code = code;
    }

    /** The term code in the {@code access} taxonomy. */
    @Override
    public String code() {
        return code;
    }
}
