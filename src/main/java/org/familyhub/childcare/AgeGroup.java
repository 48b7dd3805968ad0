package org.familyhub.childcare;

import java.util.Arrays;
import java.util.Optional;

/** The age groups vacancies are given for, in months, as nurseries' rooms and childminders' ratios go. */
public enum AgeGroup {
    UNDER_TWO("under-2", 0, 23),
    TWO("2", 24, 35),
    THREE_AND_FOUR("3-4", 36, 59),
    SCHOOL_AGE("school-age", 60, 191);

    private final String code;
    private final int fromMonths;
    private final int toMonths;

    AgeGroup(String code, int fromMonths, int toMonths) {
        this.code = code;
        this.fromMonths = fromMonths;
        this.toMonths = toMonths;
    }

    public String code() {
        return code;
    }

    public int fromMonths() {
        return fromMonths;
    }

    /** The last month of the group, inclusive: a child of 23 months is still under 2. */
    public int toMonths() {
        return toMonths;
    }

    public boolean takes(int ageMonths) {
        return ageMonths >= fromMonths && ageMonths <= toMonths;
    }

    public static Optional<AgeGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }

    public static Optional<AgeGroup> ofAge(int ageMonths) {
        return Arrays.stream(values()).filter(g -> g.takes(ageMonths)).findFirst();
    }
}
