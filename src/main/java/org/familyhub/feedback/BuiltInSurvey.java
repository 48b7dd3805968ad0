package org.familyhub.feedback;

/** The surveys every portal has from its first start (or the first start that knows them), found by their code. */
public enum BuiltInSurvey {
    /** On every service page: did it help, how easy was it to get, comments. */
    SERVICE_FEEDBACK("service-feedback"),
    /** At the end of every public page, with the page recorded. */
    PAGE_HELPFUL("page-helpful"),
    /** E-mailed when a referral or a programme place is closed: is the family better off? */
    OUTCOME("outcome"),
    /** For professionals: how easy is it to find and refer to the right service. */
    PRACTITIONER("practitioner"),
    /** Comments about the SEND Local Offer, published with the council's response ("You said, we did"). */
    LOCAL_OFFER("local-offer");

    private final String code;

    BuiltInSurvey(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
