package org.datapact.classification.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ReassessmentMark.Clearance;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a scoper records instead of a re-run: "reviewed, no change" on a result (its
 * review-by date moves on by its level's review period), and the reason a re-assessment
 * mark needs no new run (the mark is cleared). Each takes a note, kept and audited.
 */
@Service
@Transactional(readOnly = true)
public class ClassificationReviews {

	/** Longest note accepted. */
	public static final int NOTE_MAX = ReassessmentMark.NOTE_MAX;

	private final ClassificationService classifications;

	private final Projects projects;

	private final Reassessments reassessments;

	private final ReviewPeriods periods;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClassificationReviews(ClassificationService classifications, Projects projects, Reassessments reassessments,
			ReviewPeriods periods, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.classifications = classifications;
		this.projects = projects;
		this.reassessments = reassessments;
		this.periods = periods;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A scoper reviewed the current result and keeps it: its review-by date becomes today
	 * plus its level's review period. Returns the result with its new date.
	 * @throws InvalidRequestException without a result, or without a note
	 */
	@Transactional
	public StoredClassification reviewedWithoutChange(CurrentUser viewer, UUID projectId, String note) {
		ProjectSummary project = this.projects.find(projectId, viewer);
		OverrideService.requireScoper(viewer);
		String text = ReassessmentMark.validNote(note);
		StoredClassification current = this.classifications.current(projectId)
			.orElseThrow(() -> new InvalidRequestException("project", "classification.nothingSubmitted"));
		LocalDate next = this.classifications.today().plus(this.periods.of(current.projectLevel()));
		this.jdbc.sql("""
				insert into classification_review (id, project_id, run_id, note, reviewed_by, reviewed_at,
				    next_review_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), projectId, current.runId(), text, viewer.id(),
					Timestamp.from(this.clock.instant()), next)
			.update();
		this.events.publishEvent(
				AuditEvent
					.success(viewer, "CLASSIFICATION_REVIEWED_NO_CHANGE", ClassificationService.ENTITY, current.runId(),
							project.organisationId())
					.withDetails("project=" + projectId + " reviewBy=" + next));
		return this.classifications.current(projectId).orElseThrow();
	}

	/**
	 * A scoper explains why the project needs no new run: every open re-assessment mark
	 * is cleared with the note. Nothing open: nothing changes. Returns how many marks
	 * were cleared.
	 * @throws InvalidRequestException without a note
	 */
	@Transactional
	public int clearReassessment(CurrentUser viewer, UUID projectId, String note) {
		ProjectSummary project = this.projects.find(projectId, viewer);
		OverrideService.requireScoper(viewer);
		String text = ReassessmentMark.validNote(note);
		int cleared = this.reassessments.clearAll(projectId, Clearance.NOTE, viewer.id(), text);
		if (cleared > 0) {
			this.events.publishEvent(
					AuditEvent
						.success(viewer, "CLASSIFICATION_REASSESSMENT_CLEARED", ClassificationService.ENTITY, projectId,
								project.organisationId())
						.withDetails("marks=" + cleared));
		}
		return cleared;
	}

}
