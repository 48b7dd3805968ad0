package org.familyhub.feedback;

import java.util.List;
import java.util.stream.IntStream;

/** The kinds of question a survey can ask, and the answers each one accepts. */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SCALE_1_5,
    SCALE_0_10,
    YES_NO,
    FREE_TEXT;

    public static final String YES = "yes";
    public static final String NO = "no";

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public boolean isScale() {
        return this == SCALE_1_5 || this == SCALE_0_10;
    }

    /** The values an answer may take, in order; empty for free text. */
    public List<String> values(List<String> options) {
        return switch (this) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options;
            case SCALE_1_5 -> IntStream.rangeClosed(1, 5).mapToObj(Integer::toString).toList();
            case SCALE_0_10 -> IntStream.rangeClosed(0, 10).mapToObj(Integer::toString).toList();
            case YES_NO -> List.of(YES, NO);
            case FREE_TEXT -> List.of();
        };
    }
}
