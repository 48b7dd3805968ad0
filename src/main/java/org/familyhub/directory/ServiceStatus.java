package org.familyhub.directory;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Whether a service is running, in HSDS 3.0's closed list. Active and temporarily closed services are found by
 * search; inactive and defunct ones are not. Staff see the words ({@link #messageKey()}), files and the API the code.
 */
public enum ServiceStatus {
    ACTIVE("active"),
    TEMPORARILY_CLOSED("temporarily closed"),
    INACTIVE("inactive"),
    DEFUNCT("defunct");

    private final String code;

    ServiceStatus(String code) {
        this.code = code;
    }

    /** The HSDS code, as stored and published, e.g. {@code temporarily closed}. */
    public String code() {
        return code;
    }

    /** The message key of the status in words for staff, e.g. "Temporarily closed" (English and Polish bundles). */
    public String messageKey() {
        return "service.status." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The status with this HSDS code, or empty for anything else (a blank, a misspelling, a code in capitals). */
    public static Optional<ServiceStatus> ofCode(@Nullable String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }

    /** The codes, in the order above, for a message naming what is allowed. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ServiceStatus::code).toList());
    }
}
