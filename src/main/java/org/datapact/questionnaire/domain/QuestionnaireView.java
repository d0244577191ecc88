package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.datapact.project.ProjectSummary;
import org.datapact.questionnaire.QuestionnaireStatus;
import org.datapact.shared.ListPage;

/**
 * Everything a questionnaire page shows: the template, the answers with their versions,
 * what is shown and missing, clarifications, one page of revisions (newest first) and the
 * latest one, and what the viewer may do.
 */
public record QuestionnaireView(ProjectSummary project, UUID questionnaireId, QuestionnaireStatus status, int revision,
		UUID templateId, TemplateDefinition template, AnswerSet answers, Versions versions, Evaluation evaluation,
		boolean editor, boolean canEdit, boolean canReview, List<ClarificationView> clarifications,
		ListPage<RevisionSummary> revisions, RevisionSummary latestRevision) {

	/** The version each answer has, for the next save to name. */
	public interface Versions {

		int of(UUID entryId, String questionKey);

	}

	public List<ClarificationView> clarificationsOn(UUID entryId, String questionKey) {
		return this.clarifications.stream()
			.filter((clarification) -> isOn(clarification, entryId, questionKey))
			.toList();
	}

	/**
	 * Whether a question shows its clarification area: its threads, or the form a scoper
	 * asks with once there is a revision. Asked for every question of the page.
	 */
	public boolean showsClarifications(UUID entryId, String questionKey) {
		return (this.canReview && this.revision > 0)
				|| this.clarifications.stream().anyMatch((clarification) -> isOn(clarification, entryId, questionKey));
	}

	private static boolean isOn(ClarificationView clarification, UUID entryId, String questionKey) {
		return clarification.questionKey().equals(questionKey) && Objects.equals(clarification.entryId(), entryId);
	}

	public long openClarifications() {
		return this.clarifications.stream().filter(ClarificationView::open).count();
	}

	/** Partner staff of the project and scopers take part in clarification threads. */
	public boolean participant() {
		return this.editor || this.canReview;
	}

	public boolean submitted() {
		return this.status == org.datapact.questionnaire.QuestionnaireStatus.SUBMITTED;
	}

}
