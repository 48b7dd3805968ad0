package org.familyhub.account.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The brakes on guessing passwords ({@code FAMILYHUB_SECURITY_LOGIN_MAX_FAILURES} …).
 *
 * @param maxFailures             wrong passwords for one user name from one address before that pair is locked
 * @param lockout                 how long a locked pair waits for its next try (and then one more per lockout,
 *                                until a right password clears it)
 * @param userFailures            wrong passwords for one user name from anywhere, per lockout period, before
 *                                every attempt for that user name is slowed
 * @param userDelay               how long a slowed attempt waits before its password is checked; it is never
 *                                refused, so nobody can lock a staff member out from somewhere else
 * @param addressFailuresPerHour  wrong passwords from one address, for any user names, per hour before that
 *                                address may not try any more for a while
 */
@ConfigurationProperties("familyhub.security.login")
record LoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("10") int userFailures,
        @DefaultValue("2s") Duration userDelay,
        @DefaultValue("30") int addressFailuresPerHour) {
}
