package org.familyhub.localoffer;

import java.util.Arrays;
import java.util.Optional;

/** The Local Offer's four areas, as the SEND Code of Practice (2015, 4.30) groups what it must cover. */
public enum LocalOfferArea {
    EDUCATION("education"),
    HEALTH("health"),
    SOCIAL_CARE("social-care"),
    PREPARING_FOR_ADULTHOOD("preparing-for-adulthood");

    private final String code;

    LocalOfferArea(String code) {
        this.code = code;
    }

    /** The area's part of a page address, e.g. {@code local-offer/areas/social-care}. */
    public String code() {
        return code;
    }

    public static Optional<LocalOfferArea> ofCode(String code) {
        return Arrays.stream(values()).filter(area -> area.code.equals(code)).findFirst();
    }
}
