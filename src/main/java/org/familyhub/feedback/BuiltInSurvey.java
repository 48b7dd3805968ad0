package org.familyhub.feedback;

/** The surveys every portal has from its first start, found by their code. */
public enum BuiltInSurvey {
    /** On every service page: did it help, how easy was it to get, comments. */
    SERVICE_FEEDBACK("service-feedback"),
    /** At the end of every public page, with the page recorded. */
    PAGE_HELPFUL("page-helpful"),
    /** E-mailed when a referral or a programme place is closed: is the family better off? */
    OUTCOME("outcome"),
    /** For professionals: how easy is it to find and refer to the right service. */
    PRACTITIONER("practitioner");

    private final String code;

    BuiltInSurvey(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
