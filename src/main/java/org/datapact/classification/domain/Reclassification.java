package org.datapact.classification.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.datapact.classification.RunTrigger;
import org.datapact.classification.StoredClassification;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-classifies every classifiable project with the rule set in force, after a
 * publication: in the background on a bounded executor (one run at a time, never on the
 * request thread), in batches, writing its progress (done, total, failures) after each
 * batch so that the admin page can show it. A second run while one is going is refused,
 * also across instances (a unique index allows one RUNNING row). A run belongs to the
 * instance running it, which beats a heartbeat; only a run whose heartbeat stopped (its
 * instance died) is failed, by any instance starting up or starting a run.
 */
@Service
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class Reclassification implements ApplicationRunner, DisposableBean {

	static final int BATCH_SIZE = 200;

	static final RunTrigger TRIGGER = RunTrigger.RULES;

	static final int WORKERS = 2;

	/** How often the instance running a re-classification says it still is. */
	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	/** A run without a heartbeat for this long belongs to an instance that stopped. */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

	/** This instance, as the owner of the runs it starts. */
	private final String instanceId = UUID.randomUUID().toString();

	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "reclassification-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	private static final Logger log = LoggerFactory.getLogger(Reclassification.class);

	private final ClassificationService classifications;

	private final RuleSets ruleSets;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1), (runnable) -> {
				Thread thread = new Thread(runnable, "reclassification");
				thread.setDaemon(true);
				return thread;
			});

	/**
	 * Classifies the projects of a batch side by side: bounded, like the database pool.
	 */
	private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, (runnable) -> {
		Thread thread = new Thread(runnable, "reclassification-worker");
		thread.setDaemon(true);
		return thread;
	});

	Reclassification(ClassificationService classifications, RuleSets ruleSets, JdbcClient jdbc,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.classifications = classifications;
		this.ruleSets = ruleSets;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/** On start-up: a run whose instance stopped will never finish. */
	@Override
	public void run(ApplicationArguments args) {
		failAbandoned();
	}

	/**
	 * Fails the runs whose instance stopped beating their heartbeat (by the database's
	 * clock): they will never finish. A run another instance is working on is left alone.
	 * Returns how many were failed.
	 */
	public int failAbandoned() {
		int stale = this.jdbc
			.sql("update classification_rerun set status = 'FAILED', finished_at = ?, "
					+ "last_error = 'interrupted: the instance running it stopped' where status = 'RUNNING' "
					+ "and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))")
			.params(Timestamp.from(this.clock.instant()), ABANDONED_AFTER.toSeconds())
			.update();
		if (stale > 0) {
			log.warn("Marked {} re-classification run(s) of stopped instances as failed", stale);
		}
		return stale;
	}

	/**
	 * Starts re-classifying every classifiable project in the background.
	 * @throws InvalidRequestException when a run is already going
	 */
	public RerunProgress start(CurrentUser me) {
		RuleSetAdministration.requireAdmin(me);
		return start(me.id(),
				(id, version) -> AuditEvent
					.success(me, "CLASSIFICATION_RERUN_STARTED", RuleSetAdministration.ENTITY, id, null)
					.withDetails("rule set version " + version));
	}

	/**
	 * Starts re-classifying every classifiable project for the system, after DataPact
	 * published the rules it ships; when a run is already going, says so in the log and
	 * starts nothing.
	 */
	public Optional<RerunProgress> startForNewRules() {
		try {
			return Optional.of(start(null,
					(id, version) -> new AuditEvent("CLASSIFICATION_RERUN_STARTED", RuleSetAdministration.ENTITY,
							id.toString(), null, null, ClassificationService.SYSTEM, AuditEvent.Outcome.SUCCESS,
							"rule set version " + version + " shipped with DataPact")));
		}
		catch (InvalidRequestException ex) {
			log.warn("The rules shipped with DataPact are in force, but a re-classification is already running; "
					+ "start one again from the rule sets page once it has finished");
			return Optional.empty();
		}
	}

	private RerunProgress start(UUID by, java.util.function.BiFunction<UUID, Integer, AuditEvent> audit) {
		int version = this.ruleSets.current().definition().version();
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		failAbandoned();
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc
					.sql("insert into classification_rerun (id, rule_set_version, status, started_by, started_at, "
							+ "instance_id, heartbeat_at) values (?, ?, 'RUNNING', ?, ?, ?, now())")
					.params(id, version, by, Timestamp.from(now), this.instanceId)
					.update();
				this.events.publishEvent(audit.apply(id, version));
			});
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidRequestException("rerun", "classification.rerun.alreadyRunning");
		}
		try {
			this.executor.execute(() -> process(id));
		}
		catch (RejectedExecutionException ex) {
			finish(id, "FAILED", "the previous run is still stopping");
			throw new InvalidRequestException("rerun", "classification.rerun.alreadyRunning");
		}
		return progress(id).orElseThrow();
	}

	/** The latest run, if any. */
	public Optional<RerunProgress> latest(CurrentUser me) {
		RuleSetAdministration.requireAdmin(me);
		return this.jdbc.sql("select id from classification_rerun order by started_at desc, id limit 1")
			.query(UUID.class)
			.optional()
			.flatMap(this::progress);
	}

	Optional<RerunProgress> progress(UUID id) {
		return this.jdbc.sql("""
				select id, rule_set_version, status, total, done, failures, changed, started_at, finished_at,
				       last_error
				from classification_rerun where id = ?""")
			.param(id)
			.query((rs, n) -> new RerunProgress(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getTimestamp(8).toInstant(),
					(rs.getTimestamp(9) != null) ? rs.getTimestamp(9).toInstant() : null, rs.getString(10)))
			.optional();
	}

	private void process(UUID id) {
		ScheduledFuture<?> beating = this.heartbeat.scheduleAtFixedRate(() -> beat(id), HEARTBEAT.toMillis(),
				HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
		try {
			List<UUID> projects = this.classifications.classifiableProjects();
			this.jdbc.sql("update classification_rerun set total = ? where id = ?")
				.params(projects.size(), id)
				.update();
			AtomicInteger done = new AtomicInteger();
			AtomicInteger failures = new AtomicInteger();
			AtomicInteger changed = new AtomicInteger();
			AtomicReference<String> lastError = new AtomicReference<>();
			for (int from = 0; from < projects.size(); from += BATCH_SIZE) {
				List<UUID> batch = projects.subList(from, Math.min(projects.size(), from + BATCH_SIZE));
				Map<UUID, String> before = latestLevels(batch);
				List<Callable<Void>> tasks = new ArrayList<>();
				for (UUID project : batch) {
					tasks.add(() -> {
						try {
							StoredClassification after = this.classifications.classifyInNewTransaction(project,
									TRIGGER);
							if (!after.computedLevel().name().equals(before.get(project))) {
								changed.incrementAndGet();
							}
						}
						catch (RuntimeException ex) {
							failures.incrementAndGet();
							lastError.set(project + ": " + ex.getClass().getSimpleName());
							log.warn("Re-classification of project {} failed", project, ex);
						}
						done.incrementAndGet();
						return null;
					});
				}
				try {
					this.workers.invokeAll(tasks);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted", ex);
				}
				this.jdbc
					.sql("update classification_rerun set done = ?, failures = ?, changed = ?, last_error = ?, "
							+ "heartbeat_at = now() where id = ?")
					.params(done.get(), failures.get(), changed.get(), lastError.get(), id)
					.update();
			}
			finish(id, "FINISHED", null);
		}
		catch (RuntimeException ex) {
			log.error("Re-classification run {} failed", id, ex);
			finish(id, "FAILED", ex.getClass().getSimpleName());
		}
		finally {
			beating.cancel(false);
		}
	}

	private void beat(UUID id) {
		try {
			this.jdbc
				.sql("update classification_rerun set heartbeat_at = now() where id = ? and status = 'RUNNING' "
						+ "and instance_id = ?")
				.params(id, this.instanceId)
				.update();
		}
		catch (RuntimeException ex) {
			log.warn("Re-classification heartbeat failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** The computed level of each project's latest stored run, in one query per batch. */
	private Map<UUID, String> latestLevels(List<UUID> projects) {
		Map<UUID, String> levels = new HashMap<>();
		this.jdbc
			.sql("select distinct on (project_id) project_id, computed_level from classification_run "
					+ "where project_id in (:ids) order by project_id, evaluated_at desc, id desc")
			.param("ids", projects)
			.query((rs) -> {
				levels.put(rs.getObject(1, UUID.class), rs.getString(2));
			});
		return levels;
	}

	private void finish(UUID id, String status, String error) {
		this.jdbc
			.sql("update classification_rerun set status = ?, finished_at = ?, "
					+ "last_error = coalesce(?, last_error) where id = ?")
			.params(status, Timestamp.from(this.clock.instant()), error, id)
			.update();
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
		this.workers.shutdownNow();
		this.heartbeat.shutdownNow();
	}

}
