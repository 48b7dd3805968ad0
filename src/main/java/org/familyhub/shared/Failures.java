package org.familyhub.shared;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.function.Predicate;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.multipart.MultipartException;

/**
 * Sorts what went wrong, so failure pages answer honestly: 503 "try again later" when a server is down (the
 * database, the search engine), 400 when the request itself was malformed, 500 for a fault of the portal.
 */
public final class Failures {

    private Failures() {
    }

    /** True when the failure, or anything that caused it, is the database or another server not answering. */
    public static boolean isOutage(@Nullable Throwable failure) {
        return anyCause(failure, cause -> cause instanceof DataAccessException
                || cause instanceof TransactionException || cause instanceof SQLException
                || cause instanceof SocketException || cause instanceof SocketTimeoutException
                || cause instanceof UnknownHostException);
    }

    /**
     * True when the request could not be read: parameters the firewall refuses or that are not valid UTF-8, or a
     * path the router cannot parse (Vaadin's {@code InvalidLocationException}, named here because Vaadin stays in
     * the views' packages).
     */
    public static boolean isBadRequest(@Nullable Throwable failure) {
        return anyCause(failure, cause -> cause instanceof RequestRejectedException
                || cause instanceof InvalidParameterException
                // "multipart" said, no parts sent: the body cannot be read, the client's fault (a robot, a broken form)
                || cause instanceof MultipartException
                || cause.getClass().getName().equals("com.vaadin.flow.router.InvalidLocationException"));
    }

    private static boolean anyCause(@Nullable Throwable failure, Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
