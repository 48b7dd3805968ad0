package org.familyhub.childcare;

import java.util.Arrays;
import java.util.Optional;

/**
 * The funded hours a provider may offer in England. Who qualifies, from when and for how many hours is not
 * here but in {@code content/childcare/entitlements.json}, dated, so a council updates it without code.
 */
public enum Entitlement {
    /** 15 hours for 2-year-olds whose family gets certain support. */
    TWO_YEAR_OLDS("two-year-olds"),
    /** 15 hours for every 3- and 4-year-old. */
    UNIVERSAL("universal"),
    /** 15 more hours (30 in all) for 3- and 4-year-olds of working parents. */
    EXTENDED("extended"),
    /** Hours for working parents of children from 9 months until they turn 3. */
    WORKING_PARENT("working-parent");

    private final String code;

    Entitlement(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Entitlement> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
