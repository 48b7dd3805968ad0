package org.familyhub.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with a brake on guessing: after {@code max-failures} wrong passwords for one user name
 * from one address, that pair is refused for {@code lockout}, even with the right password. Counting per
 * user name and address means an attacker elsewhere cannot lock a worker out of their own desk.
 */
@Component
public class LoginThrottle implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(PortalUserDetails users, PasswordEncoder encoder, Clock clock,
            @Value("${familyhub.security.login.max-failures:5}") int maxFailures,
            @Value("${familyhub.security.login.lockout:15m}") Duration lockout) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String key = key(attempt);
        Instant now = clock.instant();
        Failures past = failures.get(key);
        if (past != null && past.count() >= maxFailures && past.last().plus(lockout).isAfter(now)) {
            throw new LockedException("Too many failed sign-ins; try again later.");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            failures.remove(key);
            return signedIn;
        } catch (AuthenticationException wrong) {
            if (failures.size() > 10_000) {
                failures.values().removeIf(old -> old.last().plus(lockout).isBefore(now));
            }
            failures.merge(key, new Failures(1, now), (old, one) -> old.last().plus(lockout).isAfter(now)
                    ? new Failures(old.count() + 1, now) : one);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String key(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "-";
        return JdbcUserAccounts.normalise(attempt.getName()) + "|" + address;
    }

    private record Failures(int count, Instant last) {
    }
}
