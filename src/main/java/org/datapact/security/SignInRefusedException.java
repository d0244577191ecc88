package org.datapact.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked or whatever the password: the person
 * is told why and, where it applies, how long to wait.
 */
class SignInRefusedException extends AuthenticationException {

	private final Reason reason;

	private final Instant retryAt;

	SignInRefusedException(Reason reason, Instant retryAt) {
		super("Sign-in refused: " + reason);
		this.reason = reason;
		this.retryAt = retryAt;
	}

	Reason reason() {
		return this.reason;
	}

	/** Whole seconds from now until another attempt may go ahead, at least one. */
	long secondsToWait(Instant now) {
		if (this.retryAt == null) {
			return 1;
		}
		long millis = Duration.between(now, this.retryAt).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

	enum Reason {

		/** This account name from this address failed several times: wait a little. */
		WAIT,

		/** Too many failures from this network. */
		NETWORK,

		/**
		 * The account is locked after many failures; the right password also needs a
		 * second check. Told alike whether the password was right or not.
		 */
		LOCKED,

		/** Too many passwords being checked at once. */
		BUSY

	}

}
