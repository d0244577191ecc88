package org.datapact.classification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.datapact.classification.domain.ContextApplied.Change;
import org.datapact.shared.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Time moving the contexts: a declared context whose start date has come starts applying,
 * one whose end date has come stops applying; either way its country's projects are
 * re-run and marked ({@link ContextApplication}), and their scopers told after the
 * commit. Each change is applied once, in a transaction of its own that also records it
 * (a context row is locked while it is applied, so two instances never apply it twice).
 */
@Component
class ContextTransitions {

	private static final Logger log = LoggerFactory.getLogger(ContextTransitions.class);

	/** Contexts read at a time. */
	static final int BATCH = 100;

	private final ContextApplication application;

	private final ClassificationService classifications;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	ContextTransitions(ContextApplication application, ClassificationService classifications, JdbcClient jdbc,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.application = application;
		this.classifications = classifications;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/** What one call applied. */
	record Applied(int started, int ended) {

		int total() {
			return this.started + this.ended;
		}

	}

	/**
	 * Applies every start and end that is due today, a batch of contexts at a time;
	 * returns how many.
	 */
	Applied applyDue() {
		LocalDate today = this.classifications.today();
		int started = 0;
		int ended = 0;
		List<UUID> batch;
		do {
			batch = due("not started and effective_from <= ?", today);
			for (UUID id : batch) {
				if (apply(id, Change.STARTED, today)) {
					started++;
				}
			}
		}
		while (batch.size() == BATCH);
		do {
			batch = due("not ended and effective_to is not null and effective_to <= ?", today);
			for (UUID id : batch) {
				if (apply(id, Change.ENDED, today)) {
					ended++;
				}
			}
		}
		while (batch.size() == BATCH);
		if (started + ended > 0) {
			log.info("Contexts applied on {}: {} started, {} ended", today, started, ended);
		}
		return new Applied(started, ended);
	}

	private List<UUID> due(String condition, LocalDate today) {
		return this.jdbc
			.sql("select id from classification_context where " + condition + " order by effective_from, id limit ?")
			.params(today, BATCH)
			.query(UUID.class)
			.list();
	}

	private boolean apply(UUID id, Change change, LocalDate today) {
		Boolean done = this.transactions.execute((status) -> {
			String flag = (change == Change.STARTED) ? "started" : "ended";
			// the row lock makes a second instance wait, then see the change done
			Pending pending = this.jdbc
				.sql("select country, context_key, started, ended from classification_context where id = ? for update")
				.param(id)
				.query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)))
				.single();
			if ((change == Change.STARTED) ? pending.started() : pending.ended()) {
				return false;
			}
			this.jdbc.sql("update classification_context set " + flag + " = true where id = ?").param(id).update();
			List<UUID> marked;
			if (change == Change.STARTED && isOver(id, today)) {
				// started and ended while nobody looked: there is nothing to apply
				this.jdbc.sql("update classification_context set ended = true where id = ?").param(id).update();
				marked = List.of();
			}
			else if (change == Change.ENDED && !pending.started()) {
				marked = List.of();
			}
			else {
				marked = this.application.apply(id, pending.country(), change, null);
			}
			this.events.publishEvent(
					new AuditEvent(
							(change == Change.STARTED) ? "CLASSIFICATION_CONTEXT_STARTED"
									: "CLASSIFICATION_CONTEXT_ENDED",
							ContextService.ENTITY, id.toString(), null, null, ClassificationService.SYSTEM,
							AuditEvent.Outcome.SUCCESS, "country=" + pending.country() + " context=" + pending.key()
									+ " on=" + today + " projects=" + marked.size()));
			return true;
		});
		return Boolean.TRUE.equals(done);
	}

	private boolean isOver(UUID id, LocalDate today) {
		return this.jdbc
			.sql("select count(*) from classification_context where id = ? and effective_to is not null "
					+ "and effective_to <= ?")
			.params(id, today)
			.query(Long.class)
			.single() > 0;
	}

	private record Pending(String country, String key, boolean started, boolean ended) {
	}

}
