package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.questionnaire.QuestionnaireStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application reads of a project's questionnaire without a person
 * behind the call: its state for the project pipeline, and the submitted dataset
 * inventory for the classification. Neither is audited; no answer is shown.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireFacts {

	/** The repeating group whose entries are the project's datasets. */
	public static final String DATASETS = "datasets";

	private final QuestionnaireRepository questionnaires;

	private final RevisionRepository revisions;

	private final AnswerStore answers;

	private final TemplateLibrary templates;

	QuestionnaireFacts(QuestionnaireRepository questionnaires, RevisionRepository revisions, AnswerStore answers,
			TemplateLibrary templates) {
		this.questionnaires = questionnaires;
		this.revisions = revisions;
		this.answers = answers;
		this.templates = templates;
	}

	/** The questionnaire's state for the project pipeline. */
	public Optional<StageFacts> stageFacts(UUID projectId) {
		return this.questionnaires.findByProjectId(projectId).map((questionnaire) -> {
			int percent = 0;
			if (questionnaire.status().isEditable()) {
				TemplateDefinition template = this.templates.definition(questionnaire.templateId());
				percent = Evaluation.of(template, this.answers.load(questionnaire.id(), template).answers())
					.overall()
					.percent();
			}
			return new StageFacts(questionnaire.status(), questionnaire.revision(), percent);
		});
	}

	public record StageFacts(QuestionnaireStatus status, int revision, int percent) {
	}

	/**
	 * The datasets of the latest submitted revision with their typed answers, for the
	 * classification rules; empty before the first submission.
	 */
	public Optional<SubmittedDatasets> submittedDatasets(UUID projectId) {
		return this.questionnaires.findByProjectId(projectId)
			.filter((questionnaire) -> questionnaire.revision() > 0)
			.flatMap((questionnaire) -> this.revisions.findByQuestionnaireIdAndNumber(questionnaire.id(),
					questionnaire.revision()))
			.map((revision) -> {
				TemplateDefinition template = this.templates.definition(revision.templateId());
				AnswerSet answers = RevisionJson.read(template, revision.answers());
				return new SubmittedDatasets(revision.number(), revision.accepted(), answers.entries(DATASETS));
			});
	}

	public record SubmittedDatasets(int revision, boolean accepted, List<AnswerSet.Entry> datasets) {
	}

}
