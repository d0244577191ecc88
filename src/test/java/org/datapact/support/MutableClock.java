package org.datapact.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock in UTC, shifted by an offset that a test moves: time keeps running, so
 * timestamps still increase, but "today" can be next week. {@link #reset()} puts it back.
 * Import {@link Configuration} to make it the application's clock.
 */
public class MutableClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), this.offset.get());
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	/** Moves time forward (or, with a negative amount, back). */
	public void advance(Duration amount) {
		this.offset.updateAndGet((current) -> current.plus(amount));
	}

	/** Makes it about this instant now; time runs on from there. */
	public void set(Instant instant) {
		this.offset.set(Duration.between(Instant.now(), instant));
	}

	/** Back to the real time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

}
