package org.familyhub.directory;

/** Whether a service suits disabled children and children with SEND (the FIS duty asks for this). */
public enum SendSuitability implements TaxonomyCoded {
    SUITABLE("send-suitable"),
    SPECIALIST("send-specialist");

    private final String code;

    SendSuitability(String code) {
        this.code = code;
    }

    /** The term code in the {@code send} taxonomy. */
    @Override
    public String code() {
        return code;
    }
}
