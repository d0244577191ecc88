package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application reads of a project's questionnaire without a person
 * behind the call: the submitted dataset inventory for the classification (the state for
 * the project pipeline is read for a page of projects at once by
 * {@link QuestionnaireStageFacts}). Nothing is audited; no answer is shown.
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireFacts {

	/** The repeating group whose entries are the project's datasets. */
	public static final String DATASETS = "datasets";

	private final QuestionnaireRepository questionnaires;

	private final RevisionRepository revisions;

	private final TemplateLibrary templates;

	QuestionnaireFacts(QuestionnaireRepository questionnaires, RevisionRepository revisions,
			TemplateLibrary templates) {
		this.questionnaires = questionnaires;
		this.revisions = revisions;
		this.templates = templates;
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
