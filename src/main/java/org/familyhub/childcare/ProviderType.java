package org.familyhub.childcare;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of childcare a parent chooses between; the code is what the index, the API and links hold. */
public enum ProviderType {
    CHILDMINDER("childminder"),
    DAY_NURSERY("day-nursery"),
    PRE_SCHOOL("pre-school"),
    OUT_OF_SCHOOL("out-of-school"),
    NANNY_AGENCY("nanny-agency");

    private final String code;

    ProviderType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ProviderType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
