package org.datapact.classification.domain;

import java.time.Instant;
import java.util.UUID;

/** A re-classification run's progress, as the admin page shows it. */
public record RerunProgress(UUID id, int ruleSetVersion, String status, int total, int done, int failures, int changed,
		Instant startedAt, Instant finishedAt, String lastError) {

	public boolean running() {
		return "RUNNING".equals(this.status);
	}

	/** Per cent done, 0 to 100. */
	public int percent() {
		return (this.total == 0) ? (running() ? 0 : 100) : (int) Math.min(100, (100L * this.done) / this.total);
	}

}
