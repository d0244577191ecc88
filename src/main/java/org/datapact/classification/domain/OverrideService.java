package org.datapact.classification.domain;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.datapact.classification.RunTrigger;
import org.datapact.classification.Level;
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

	private final LevelOverrides store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OverrideService(ClassificationService classifications, Projects projects, UserAccounts accounts,
			LevelOverrides store, ApplicationEventPublisher events, Clock clock) {
		this.classifications = classifications;
		this.projects = projects;
		this.accounts = accounts;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** What came of a change. */
	@Schema(name = "OverrideOutcome",
			description = "Whether a change of level applied at once or waits for a " + "second person")
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
		LevelOverride requested = LevelOverride.request(projectId, project.organisationId(), datasetId, dataset.name(),
				dataset.computedLevel(), level, why, viewer.id(), this.clock.instant());
		// A new request replaces the pending one; an applied change replaces the standing
		// one and any request.
		for (LevelOverride standing : this.store.standing(projectId)) {
			if (standing.isFor(datasetId) && (standing.isPending() || !requested.request().lowering())) {
				standing.supersede();
				this.store.update(standing);
			}
		}
		this.store.insert(requested);
		String action = requested.request().lowering() ? "CLASSIFICATION_LOWERING_REQUESTED"
				: (level == dataset.computedLevel() && dataset.needsConfirmation()) ? "CLASSIFICATION_CONFIRMED"
						: "CLASSIFICATION_OVERRIDDEN";
		this.events
			.publishEvent(AuditEvent.success(viewer, action, ENTITY, requested.request().id(), project.organisationId())
				.withDetails("project=" + projectId + " dataset=" + datasetId + " computed=" + dataset.computedLevel()
						+ " requested=" + level));
		if (requested.request().lowering()) {
			return Outcome.PENDING;
		}
		this.classifications.classify(projectId, RunTrigger.OVERRIDE, viewer.id());
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
		LevelOverride request = pending(projectId, overrideId);
		Level computedNow = this.classifications.current(projectId)
			.flatMap((current) -> current.dataset(request.request().datasetId()))
			.map(StoredDataset::computedLevel)
			.orElse(null);
		boolean applies;
		try {
			applies = request.approve(viewer.id(), computedNow, this.clock.instant());
		}
		catch (LevelOverride.SelfApprovalRefused ex) {
			// written in a transaction of its own: whatever becomes of this one, it stays
			this.events.publishEvent(AuditEvent.refused(viewer, "CLASSIFICATION_LOWERING_APPROVAL_REFUSED", ENTITY,
					overrideId, project.organisationId(), "reason=self-approval"));
			throw ex;
		}
		if (!applies) {
			this.store.update(request);
			throw new InvalidRequestException("overrideId", "classification.override.computedChanged");
		}
		for (LevelOverride standing : this.store.standing(projectId)) {
			if (standing.isFor(request.request().datasetId()) && standing.isActive()) {
				standing.supersede();
				this.store.update(standing);
			}
		}
		this.store.update(request);
		this.events.publishEvent(AuditEvent
			.success(viewer, "CLASSIFICATION_LOWERING_APPROVED", ENTITY, overrideId, project.organisationId())
			.withDetails("project=" + projectId + " dataset=" + request.request().datasetId() + " requestedBy="
					+ request.request().requestedBy()));
		this.classifications.classify(projectId, RunTrigger.OVERRIDE, viewer.id());
	}

	/**
	 * A scoper or administrator rejects (or the requester withdraws) a pending lowering.
	 */
	@Transactional
	public void reject(CurrentUser viewer, UUID projectId, UUID overrideId) {
		ProjectSummary project = this.projects.find(projectId, viewer);
		requireScoper(viewer);
		LevelOverride request = pending(projectId, overrideId);
		request.reject(viewer.id(), null, this.clock.instant());
		this.store.update(request);
		this.events.publishEvent(AuditEvent
			.success(viewer, "CLASSIFICATION_LOWERING_REJECTED", ENTITY, overrideId, project.organisationId())
			.withDetails("project=" + projectId + " dataset=" + request.request().datasetId()));
	}

	/** Every override of the project, newest first, when the viewer may see it. */
	public List<OverrideView> overrides(CurrentUser viewer, UUID projectId) {
		this.projects.find(projectId, viewer);
		return overrides(projectId);
	}

	List<OverrideView> overrides(UUID projectId) {
		List<LevelOverride> all = this.store.all(projectId);
		Set<UUID> people = new HashSet<>();
		all.forEach((o) -> {
			people.add(o.request().requestedBy());
			if (o.decision() != null && o.decision().by() != null) {
				people.add(o.decision().by());
			}
		});
		Map<UUID, String> labels = people.isEmpty() ? Map.of() : this.accounts.labels(people);
		return all.stream().map((o) -> view(o, labels)).toList();
	}

	private static OverrideView view(LevelOverride override, Map<UUID, String> labels) {
		LevelOverride.Request request = override.request();
		UUID decidedBy = (override.decision() != null) ? override.decision().by() : null;
		return new OverrideView(request.id(), request.datasetId(), request.datasetName(), request.computedLevel(),
				request.requestedLevel(), request.justification(), override.status(), request.requestedBy(),
				labels.get(request.requestedBy()), request.requestedAt(), decidedBy,
				(decidedBy != null) ? labels.get(decidedBy) : null,
				(override.decision() != null) ? override.decision().at() : null);
	}

	/** The project's change, locked, as long as it is pending. */
	private LevelOverride pending(UUID projectId, UUID overrideId) {
		return this.store.lock(projectId, overrideId)
			.filter(LevelOverride::isPending)
			.orElseThrow(() -> new InvalidRequestException("overrideId", "classification.override.notPending"));
	}

	static void requireScoper(CurrentUser viewer) {
		if (!viewer.has(Role.SCOPER) && !viewer.isAdmin()) {
			throw new ForbiddenException("change a classification");
		}
	}

}
