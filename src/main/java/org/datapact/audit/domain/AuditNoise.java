package org.datapact.audit.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.datapact.shared.AuditEvent;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Unauthenticated noise (rejected API tokens, throttled sign-ins, attempts at names
 * nobody has) is counted per action and outcome: the first few of each period are written
 * as samples, and at the end of the period one summary entry says how many there were. A
 * flood of such requests then costs a few entries a minute instead of one each, and never
 * queues real writes behind the chain's lock. Counts are per instance; each instance
 * writes its own summaries.
 */
@Component
class AuditNoise implements DisposableBean {

	static final String SUMMARY = "AUDIT_NOISE_SUMMARY";

	private final AuditLog log;

	private final Clock clock;

	private final int samples;

	private final Map<String, Period> periods = new ConcurrentHashMap<>();

	AuditNoise(AuditLog log, Clock clock, @Value("${datapact.audit.noise-samples:3}") int samples) {
		this.log = log;
		this.clock = clock;
		this.samples = samples;
	}

	void record(AuditEvent event) {
		String key = event.action() + " " + event.outcome();
		Period period = this.periods.computeIfAbsent(key,
				(k) -> new Period(event.action(), event.outcome(), this.clock.instant()));
		long count = period.count().incrementAndGet();
		if (count <= this.samples) {
			String sample = "sample " + count + " of the period";
			this.log.appendIndependently(event
				.withDetails((event.details() != null) ? event.details() + " (" + sample + ")" : "(" + sample + ")"));
		}
	}

	/**
	 * Writes one summary per kind of noise seen more often than it was sampled, and
	 * starts a new period.
	 */
	@Scheduled(fixedDelayString = "${datapact.audit.noise-period:1m}",
			initialDelayString = "${datapact.audit.noise-period:1m}")
	void flush() {
		Instant now = this.clock.instant();
		for (String key : this.periods.keySet()) {
			Period period = this.periods.remove(key);
			if (period != null && period.count().get() > this.samples) {
				this.log.appendIndependently(new AuditEvent(SUMMARY, null, null, null, null, "system", period.outcome(),
						"action=" + period.action() + " count=" + period.count().get() + " sampled=" + this.samples
								+ " from=" + period.started() + " to=" + now));
			}
		}
	}

	@Override
	public void destroy() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			// shutting down without a database: the counts of the last period are lost
		}
	}

	private record Period(String action, AuditEvent.Outcome outcome, Instant started, AtomicLong count) {

		Period(String action, AuditEvent.Outcome outcome, Instant started) {
			this(action, outcome, started, new AtomicLong());
		}

	}

}
