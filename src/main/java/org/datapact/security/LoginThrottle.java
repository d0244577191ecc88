package org.datapact.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address and locks either out for
 * a while once it has failed too often. Unknown account names are counted like known
 * ones, so lockout tells nobody whether an account exists. Counters live in memory,
 * bounded in size; with several instances each counts on its own.
 */
@Component
class LoginThrottle {

	private final Clock clock;

	private final int maxFailuresPerAccount;

	private final int maxFailuresPerAddress;

	private final Duration window;

	private final Duration lockout;

	private final Cache<String, Failures> accounts;

	private final Cache<String, Failures> addresses;

	LoginThrottle(Clock clock, @Value("${datapact.login.max-failures-per-account:5}") int maxFailuresPerAccount,
			@Value("${datapact.login.max-failures-per-address:20}") int maxFailuresPerAddress,
			@Value("${datapact.login.window:15m}") Duration window,
			@Value("${datapact.login.lockout:15m}") Duration lockout) {
		this.clock = clock;
		this.maxFailuresPerAccount = maxFailuresPerAccount;
		this.maxFailuresPerAddress = maxFailuresPerAddress;
		this.window = window;
		this.lockout = lockout;
		long keep = window.plus(lockout).toSeconds();
		this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(keep, TimeUnit.SECONDS).build();
		this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(keep, TimeUnit.SECONDS).build();
	}

	boolean isLocked(String username, String address) {
		Instant now = this.clock.instant();
		return locked(this.accounts.getIfPresent(key(username)), now)
				|| locked(this.addresses.getIfPresent(String.valueOf(address)), now);
	}

	void recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		this.accounts.asMap().compute(key(username), (k, old) -> next(old, now, this.maxFailuresPerAccount));
		this.addresses.asMap().compute(String.valueOf(address), (k, old) -> next(old, now, this.maxFailuresPerAddress));
	}

	void recordSuccess(String username) {
		this.accounts.invalidate(key(username));
	}

	Duration lockout() {
		return this.lockout;
	}

	private Failures next(Failures old, Instant now, int max) {
		Failures current = (old == null || old.windowStart().plus(this.window).isBefore(now))
				? new Failures(0, now, null) : old;
		int count = current.count() + 1;
		Instant lockedUntil = (count >= max) ? now.plus(this.lockout) : current.lockedUntil();
		return new Failures(count, current.windowStart(), lockedUntil);
	}

	private static boolean locked(Failures failures, Instant now) {
		return failures != null && failures.lockedUntil() != null && failures.lockedUntil().isAfter(now);
	}

	private static String key(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private record Failures(int count, Instant windowStart, Instant lockedUntil) {
	}

}
