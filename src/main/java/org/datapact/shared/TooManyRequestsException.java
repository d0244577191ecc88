package org.datapact.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A request refused for coming too often: answered 429 with {@code Retry-After} (a page
 * or problem+json saying, in the person's language, why and how long to wait).
 */
public class TooManyRequestsException extends RuntimeException {

	private final Instant retryAt;

	private final String messageKey;

	public TooManyRequestsException(Instant retryAt, String messageKey) {
		super(messageKey);
		this.retryAt = retryAt;
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** Whole seconds to wait from now, at least one. */
	public long retryAfterSeconds(Clock clock) {
		if (this.retryAt == null) {
			return 1;
		}
		long millis = Duration.between(clock.instant(), this.retryAt).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

}
