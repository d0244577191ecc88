package org.datapact.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(this.clock, 5, 20, Duration.ofMinutes(15),
			Duration.ofMinutes(15));

	@Test
	void locksAnAccountAfterFiveFailuresForFifteenMinutes() {
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure("alice", "10.0.0." + i);
		}
		assertThat(this.throttle.isLocked("alice", "10.0.1.1")).isFalse();
		this.throttle.recordFailure("ALICE ", "10.0.0.9");
		assertThat(this.throttle.isLocked("alice", "10.0.1.1")).isTrue();
		assertThat(this.throttle.isLocked("bob", "10.0.1.1")).isFalse();
		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(this.throttle.isLocked("alice", "10.0.1.1")).isFalse();
	}

	@Test
	void unknownAccountNamesAreCountedLikeKnownOnes() {
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("nobody-by-this-name", "10.0.0.1");
		}
		assertThat(this.throttle.isLocked("nobody-by-this-name", "10.0.0.2")).isTrue();
	}

	@Test
	void locksAnAddressAfterTwentyFailuresAcrossAccounts() {
		for (int i = 0; i < 19; i++) {
			this.throttle.recordFailure("user" + i, "192.0.2.7");
		}
		assertThat(this.throttle.isLocked("fresh", "192.0.2.7")).isFalse();
		this.throttle.recordFailure("user19", "192.0.2.7");
		assertThat(this.throttle.isLocked("fresh", "192.0.2.7")).isTrue();
		assertThat(this.throttle.isLocked("fresh", "192.0.2.8")).isFalse();
	}

	@Test
	void failuresOutsideTheWindowDoNotAddUp() {
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure("carol", "10.0.0.1");
		}
		this.clock.advance(Duration.ofMinutes(16));
		this.throttle.recordFailure("carol", "10.0.0.1");
		assertThat(this.throttle.isLocked("carol", "10.0.0.1")).isFalse();
	}

	@Test
	void successClearsTheAccountCounter() {
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure("dave", "10.0.0.1");
		}
		this.throttle.recordSuccess("dave");
		this.throttle.recordFailure("dave", "10.0.0.1");
		assertThat(this.throttle.isLocked("dave", "10.0.0.3")).isFalse();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
