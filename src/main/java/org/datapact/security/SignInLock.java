package org.datapact.security;

import java.time.Instant;

/**
 * A lock of the sign-in throttle in force: an account (name as typed, known or not), a
 * network (an IPv4 address or an IPv6 /64), or an account from one address; until when,
 * after how many failures.
 */
public record SignInLock(long id, Kind kind, String subject, int failures, Instant blockedUntil, Instant lastAttempt) {

	public enum Kind {

		ACCOUNT, ADDRESS, PAIR

	}

}
