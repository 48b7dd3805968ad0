package org.familyhub.directory;

/** The continuum of need ("windscreen"); early help covers levels 1 to 3. */
public enum LevelOfNeed implements TaxonomyCoded {
    UNIVERSAL("1"),
    ADDITIONAL("2"),
    COMPLEX("3"),
    SPECIALIST("4");

    private final String code;

    LevelOfNeed(String code) {
        this.code = code;
    }

    /** The term code in the {@code level-of-need} taxonomy. */
    @Override
    public String code() {
        return code;
    }
}
