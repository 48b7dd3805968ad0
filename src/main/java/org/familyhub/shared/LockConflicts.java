package org.familyhub.shared;

import java.sql.SQLException;
import java.util.function.Supplier;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Runs a transaction again when the database chose it as the loser of a lock conflict. Two writers of the same rows
 * (an editor's save and the index's listener, a burst of saves and the sessions table) can each hold a lock the other
 * waits for; MariaDB then rolls one back whole (SQLSTATE 40001), so nothing of it is left and running it again is
 * safe. The work must read what it writes inside the transaction it is given, never state kept from before.
 */
public final class LockConflicts {

    /** Tries in all; the last refusal is the caller's to handle and an operator's to see. */
    public static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(LockConflicts.class);

    private LockConflicts() {
    }

    /** The work's result, after at most {@link #ATTEMPTS} tries, a short pause longer each time between them. */
    public static <T> T retried(String what, Supplier<T> work) {
        return retried(what, ATTEMPTS, work);
    }

    /** The same, with more tries where many writers are known to meet (the sample loaded as the portal starts). */
    public static <T> T retried(String what, int attempts, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !lostALockConflict(e)) {
                    throw e;
                }
                log.info("event=lock-conflict-retry work={} attempt={}", what, attempt);
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The same, for work with no result. */
    public static void retriedWithoutResult(String what, Runnable work) {
        retried(what, () -> {
            work.run();
            return null;
        });
    }

    /**
     * A deadlock's loser, a lock not granted in time or a row changed under an optimistic lock, however it was
     * wrapped (Spring, JPA or the driver).
     */
    public static boolean lostALockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyFailureException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
