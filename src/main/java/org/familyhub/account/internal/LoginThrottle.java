package org.familyhub.account.internal;

import org.familyhub.shared.ratelimit.Limit;
import org.familyhub.shared.ratelimit.RateLimiter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with three brakes on guessing, each a {@link RateLimiter} allowance of wrong passwords:
 * <ul>
 * <li>per user name and address: after {@code max-failures} that pair is refused, even with the right
 * password, and earns one try back per {@code lockout}. Someone guessing elsewhere never locks a worker
 * out of their own desk.</li>
 * <li>per user name from anywhere: after {@code user-failures} in a lockout period, every attempt for that
 * user waits {@code user-delay} first. It slows guessing spread over many addresses but refuses nobody, so
 * it cannot be used to lock a staff member out for everyone.</li>
 * <li>per address across user names: after {@code address-failures-per-hour} the address may not try at
 * all for a while, so one place cannot guess through every user name.</li>
 * </ul>
 * The address is {@code request.getRemoteAddr()}: behind a trusted proxy, the client's own address.
 */
@Component
public class LoginThrottle implements AuthenticationProvider {

    private static final String LOCKED = "Too many failed sign-ins; try again later.";

    private final DaoAuthenticationProvider passwords;
    private final RateLimiter limiter;
    private final Limit fromAddress;
    private final Limit forUser;
    private final Limit acrossUsers;
    private final long userDelayMillis;
    private final JdbcUserAccounts accounts;

    LoginThrottle(PortalUserDetails users, PasswordEncoder encoder, RateLimiter limiter, LoginProperties properties,
            JdbcUserAccounts accounts) {
        this.accounts = accounts;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.limiter = limiter;
        this.fromAddress = new Limit("login-user-address", properties.maxFailures(), 1, properties.lockout());
        this.forUser = new Limit("login-user", properties.userFailures(), properties.userFailures(),
                properties.lockout());
        this.acrossUsers = Limit.perHour("login-address", properties.addressFailuresPerHour());
        this.userDelayMillis = properties.userDelay().toMillis();
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = JdbcUserAccounts.normalise(attempt.getName());
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "-";
        String pair = user + "|" + address;
        if (!limiter.hasAllowance(fromAddress, pair) || !limiter.hasAllowance(acrossUsers, address)) {
            throw new LockedException(LOCKED);
        }
        if (!limiter.hasAllowance(forUser, user)) {
            slowDown();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            limiter.reset(fromAddress, pair);
            if (signedIn.getPrincipal() instanceof PortalPrincipal principal) {
                accounts.signedIn(principal.user().id());
            }
            return signedIn;
        } catch (BadCredentialsException wrong) {
            limiter.tryTake(fromAddress, pair);
            limiter.tryTake(forUser, user);
            limiter.tryTake(acrossUsers, address);
            throw wrong;
        }
    }

    private void slowDown() {
        try {
            Thread.sleep(userDelayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockedException(LOCKED);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
