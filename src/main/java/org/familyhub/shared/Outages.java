package org.familyhub.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Tells a server being down (the database, the search engine) from a fault in the portal itself, so
 * failure pages can answer 503 "try again later" for the first and 500 for the second.
 */
public final class Outages {

    private Outages() {
    }

    /** True when the failure, or anything that caused it, is a database or network failure. */
    public static boolean isOutage(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLException || cause instanceof IOException
                    || cause instanceof UncheckedIOException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
