package org.familyhub.localoffer;

/**
 * The questions a provider answers about a service for the Local Offer (SEND Regulations 2014, schedule 2),
 * in the order families read them. The English words are what the Open Referral UK API publishes as each
 * answer's label; the pages use the localoffer bundle's {@code localoffer.question.*} keys.
 */
public enum LocalOfferQuestion {
    WHO_FOR("who-for", "Who is the service for?", true),
    SEND_SUPPORT("send-support", "How does it support children and young people with SEND?", true),
    STAFF_TRAINING("staff-training", "What training do staff have?", false),
    ACCESSIBILITY("accessibility", "How accessible is it?", false),
    GETTING_STARTED("getting-started", "How do we get started?", true),
    FAMILIES_INVOLVED("families-involved", "How are families involved?", false),
    NEXT_STAGE("next-stage", "How does it help with the next stage (a new school, college, adult life)?", false);

    /** The longest answer, in characters. */
    public static final int MAX = 2000;

    private final String code;
    private final String english;
    private final boolean required;

    LocalOfferQuestion(String code, String english, boolean required) {
        this.code = code;
        this.english = english;
        this.required = required;
    }

    /** The field name in forms and error maps, and the term code in the Open Referral UK API. */
    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    /** Whether a service's answers are incomplete without it. */
    public boolean required() {
        return required;
    }
}
