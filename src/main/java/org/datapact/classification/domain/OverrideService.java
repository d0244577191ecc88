package org.datapact.classification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.OverrideStatus;
import org.datapact.classification.OverrideView;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import org.datapact.organisation.UserAccounts;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scopers' changes of a dataset's level. Raising above the computed level applies at
 * once, and so does confirming a level that no rule determined; lowering below it waits
 * for a second scoper or administrator (never the requester). Every change is kept with
 * who, when and why, audited, and followed by a new run so the history shows computed and
 * final levels.
 */
@Service
@Transactional(readOnly = true)
public class OverrideService {

	static final String ENTITY = "ClassificationOverride";

	/** Longest justification accepted. */
	public static final int JUSTIFICATION_MAX = 2000;

	private final ClassificationService classifications;

	private final Projects projects;

	private final UserAccounts accounts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OverrideService(ClassificationService classifications, Projects projects, UserAccounts accounts, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.classifications = classifications;
		this.projects = projects;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** What came of a change. */
	public enum Outcome {

		/** Applied at once (a raise, or back to the computed level or above). */
		APPLIED,
		/** A lowering below the computed level, waiting for a second person. */
		PENDING

	}

	/**
	 * Changes a dataset's level with a justification: at or above the computed level it
	 * applies at once (replacing a standing override); below it becomes a request that a
	 * different scoper or administrator must approve.
	 */
	@Transactional
	public Outcome change(CurrentUser viewer, UUID projectId, String datasetId, Level level, String justification) {
		ProjectSummary project = this.projects.find(projectId, viewer);
		requireScoper(viewer);
		StoredClassification current = this.classifications.current(projectId)
			.orElseThrow(() -> new InvalidRequestException("datasetId", "classification.override.noResult"));
		StoredDataset dataset = current.dataset(datasetId)
			.orElseThrow(() -> new InvalidRequestException("datasetId", "classification.override.unknownDataset"));
		if (level == null) {
			throw new InvalidRequestException("level", "classification.override.level.required");
		}
		String why = (justification != null) ? justification.strip() : "";
		if (why.isEmpty()) {
			throw new InvalidRequestException("justification", "classification.override.justification.required");
		}
		if (why.length() > JUSTIFICATION_MAX) {
			throw new InvalidRequestException("justification", "classification.override.justification.tooLong",
					JUSTIFICATION_MAX);
		}
		// a level that no rule determined can be confirmed as it is
		if (level == dataset.finalLevel() && dataset.overrideNote() == null && !dataset.needsConfirmation()) {
			throw new InvalidRequestException("level", "classification.override.level.unchanged");
		}
		boolean lowering = level.compareTo(dataset.computedLevel()) < 0;
		Instant now = this.clock.instant();
		// A new request replaces the pending one; an applied change replaces the standing
		// one.
		replace(projectId, datasetId, lowering ? "PENDING" : "ACTIVE");
		if (!lowering) {
			replace(projectId, datasetId, "PENDING");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into classification_override (id, project_id, organisation_id, dataset_id, dataset_name,
				    computed_level, requested_level, justification, status, requested_by, requested_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, projectId, project.organisationId(), datasetId, dataset.name(), dataset.computedLevel().name(),
					level.name(), why, lowering ? "PENDING" : "ACTIVE", viewer.id(), java.sql.Timestamp.from(now))
			.update();
		String action = lowering ? "CLASSIFICATION_LOWERING_REQUESTED"
				: (level == dataset.computedLevel() && dataset.needsConfirmation()) ? "CLASSIFICATION_CONFIRMED"
						: "CLASSIFICATION_OVERRIDDEN";
		this.events.publishEvent(AuditEvent.success(viewer, action, ENTITY, id, project.organisationId())
			.withDetails("project=" + projectId + " dataset=" + datasetId + " computed=" + dataset.computedLevel()
					+ " requested=" + level));
		if (lowering) {
			return Outcome.PENDING;
		}
		this.classifications.classify(projectId, "override", viewer.id());
		return Outcome.APPLIED;
	}

	/**
	 * A second person approves a pending lowering: it applies and a new run records it.
	 * The requester cannot approve their own request. A refusal keeps what it recorded
	 * (the denied attempt in the audit log, a request that went stale).
	 */
	@Transactional(noRollbackFor = InvalidRequestException.class)
	public void approve(CurrentUser viewer, UUID projectId, UUID overrideId) {
		ProjectSummary project = this.projects.find(projectId, viewer);
		requireScoper(viewer);
		Row row = pending(projectId, overrideId);
		if (row.requestedBy().equals(viewer.id())) {
			this.events.publishEvent(new AuditEvent("CLASSIFICATION_LOWERING_APPROVAL_REFUSED", ENTITY,
					overrideId.toString(), project.organisationId(), viewer.id(), null, AuditEvent.Outcome.DENIED,
					"reason=self-approval"));
			throw new InvalidRequestException("overrideId", "classification.override.selfApproval");
		}
		StoredDataset dataset = this.classifications.current(projectId)
			.flatMap((current) -> current.dataset(row.datasetId()))
			.orElseThrow(() -> new InvalidRequestException("overrideId", "classification.override.unknownDataset"));
		if (dataset.computedLevel() != row.computedLevel()) {
			decide(overrideId, "NEEDS_RECONFIRMATION", viewer);
			throw new InvalidRequestException("overrideId", "classification.override.computedChanged");
		}
		replace(projectId, row.datasetId(), "ACTIVE");
		decide(overrideId, "ACTIVE", viewer);
		this.events.publishEvent(AuditEvent
			.success(viewer, "CLASSIFICATION_LOWERING_APPROVED", ENTITY, overrideId, project.organisationId())
			.withDetails("project=" + projectId + " dataset=" + row.datasetId() + " requestedBy=" + row.requestedBy()));
		this.classifications.classify(projectId, "override", viewer.id());
	}

	/**
	 * A scoper or administrator rejects (or the requester withdraws) a pending lowering.
	 */
	@Transactional
	public void reject(CurrentUser viewer, UUID projectId, UUID overrideId) {
		ProjectSummary project = this.projects.find(projectId, viewer);
		requireScoper(viewer);
		Row row = pending(projectId, overrideId);
		decide(overrideId, "REJECTED", viewer);
		this.events.publishEvent(AuditEvent
			.success(viewer, "CLASSIFICATION_LOWERING_REJECTED", ENTITY, overrideId, project.organisationId())
			.withDetails("project=" + projectId + " dataset=" + row.datasetId()));
	}

	/** Every override of the project, newest first, when the viewer may see it. */
	public List<OverrideView> overrides(CurrentUser viewer, UUID projectId) {
		this.projects.find(projectId, viewer);
		return overrides(projectId);
	}

	List<OverrideView> overrides(UUID projectId) {
		List<OverrideView> rows = this.jdbc.sql("""
				select id, dataset_id, dataset_name, computed_level, requested_level, justification, status,
				    requested_by, requested_at, decided_by, decided_at
				from classification_override where project_id = ? order by requested_at desc, id""")
			.param(projectId)
			.query((rs, n) -> new OverrideView(rs.getObject("id", UUID.class), rs.getString("dataset_id"),
					rs.getString("dataset_name"), Level.valueOf(rs.getString("computed_level")),
					Level.valueOf(rs.getString("requested_level")), rs.getString("justification"),
					OverrideStatus.valueOf(rs.getString("status")), rs.getObject("requested_by", UUID.class), null,
					rs.getTimestamp("requested_at").toInstant(), rs.getObject("decided_by", UUID.class), null,
					(rs.getTimestamp("decided_at") != null) ? rs.getTimestamp("decided_at").toInstant() : null))
			.list();
		Set<UUID> people = new HashSet<>();
		rows.forEach((r) -> {
			people.add(r.requestedBy());
			if (r.decidedBy() != null) {
				people.add(r.decidedBy());
			}
		});
		Map<UUID, String> labels = this.accounts.labels(people);
		List<OverrideView> labelled = new ArrayList<>();
		for (OverrideView r : rows) {
			labelled.add(new OverrideView(r.id(), r.datasetId(), r.datasetName(), r.computedLevel(), r.requestedLevel(),
					r.justification(), r.status(), r.requestedBy(), labels.get(r.requestedBy()), r.requestedAt(),
					r.decidedBy(), (r.decidedBy() != null) ? labels.get(r.decidedBy()) : null, r.decidedAt()));
		}
		return labelled;
	}

	static void requireScoper(CurrentUser viewer) {
		if (!viewer.has(Role.SCOPER) && !viewer.isAdmin()) {
			throw new ForbiddenException("change a classification");
		}
	}

	private record Row(UUID id, String datasetId, Level computedLevel, UUID requestedBy) {
	}

	private Row pending(UUID projectId, UUID overrideId) {
		return this.jdbc.sql("""
				select id, dataset_id, computed_level, requested_by from classification_override
				where id = ? and project_id = ? and status = 'PENDING' for update""")
			.params(overrideId, projectId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("dataset_id"),
					Level.valueOf(rs.getString("computed_level")), rs.getObject("requested_by", UUID.class)))
			.optional()
			.orElseThrow(() -> new InvalidRequestException("overrideId", "classification.override.notPending"));
	}

	private void replace(UUID projectId, String datasetId, String status) {
		this.jdbc.sql("""
				update classification_override set status = 'REPLACED', version = version + 1
				where project_id = ? and dataset_id = ? and status = ?""")
			.params(projectId, datasetId, status)
			.update();
	}

	private void decide(UUID overrideId, String status, CurrentUser viewer) {
		this.jdbc.sql("""
				update classification_override set status = ?, decided_by = ?, decided_at = ?, version = version + 1
				where id = ?""")
			.params(status, viewer.id(), java.sql.Timestamp.from(this.clock.instant()), overrideId)
			.update();
	}

}
