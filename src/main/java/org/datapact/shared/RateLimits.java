package org.datapact.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fixed-window rate limits kept in PostgreSQL, so that every instance counts together. A
 * hit is counted and checked in one statement (an upsert that returns the new count), so
 * concurrent requests cannot slip past a limit. Windows are aligned to the epoch: a
 * refused caller learns when the current one ends.
 */
@Component
public class RateLimits {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts one hit for {@code key} in the current window of {@code window}; throws
	 * {@link TooManyRequestsException} (with {@code messageKey} and the window's end)
	 * when the key has now had more than {@code max} hits in it.
	 */
	public void hit(String key, int max, Duration window, String messageKey) {
		long windowMillis = Math.max(1000, window.toMillis());
		Instant now = this.clock.instant();
		Instant start = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), windowMillis));
		int hits = this.jdbc.sql("""
				insert into rate_limit (key, window_start, hits) values (:key, :start, 1)
				on conflict (key) do update set
				  hits = case when rate_limit.window_start = excluded.window_start then rate_limit.hits + 1 else 1 end,
				  window_start = excluded.window_start
				returning hits""")
			.param("key", key)
			.param("start", Timestamp.from(start))
			.query(Integer.class)
			.single();
		if (hits > max) {
			throw new TooManyRequestsException(start.plusMillis(windowMillis), messageKey);
		}
	}

	/** Forgets windows that ended long ago, so that the table stays small. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void forgetOldWindows() {
		this.jdbc.sql("delete from rate_limit where window_start < ?")
			.param(Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

}
