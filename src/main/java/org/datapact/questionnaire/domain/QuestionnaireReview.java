package org.datapact.questionnaire.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.datapact.questionnaire.QuestionnaireAccepted;
import org.datapact.questionnaire.QuestionnaireReturned;
import org.datapact.questionnaire.domain.QuestionnaireAccess.Standing;
import org.datapact.shared.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scopers review a submitted questionnaire: accept its revision, or return it with a note
 * for changes. Audited, and told to the other modules by events.
 */
@Service
@Transactional
public class QuestionnaireReview {

	private final QuestionnaireAccess access;

	private final ProjectQuestionnaires questionnaires;

	private final RevisionRepository revisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuestionnaireReview(QuestionnaireAccess access, ProjectQuestionnaires questionnaires, RevisionRepository revisions,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.questionnaires = questionnaires;
		this.revisions = revisions;
		this.events = events;
		this.clock = clock;
	}

	public void accept(UUID projectId, CurrentUser user) {
		Standing standing = this.access.of(projectId, user);
		standing.requireReviewer();
		Questionnaire questionnaire = this.questionnaires.exclusive(standing);
		Instant now = this.clock.instant();
		questionnaire.accept(now);
		currentRevision(questionnaire).review(ReviewOutcome.ACCEPTED, user.id(), null, now);
		this.questionnaires.save(questionnaire);
		this.questionnaires.audit(user, "QUESTIONNAIRE_ACCEPTED", questionnaire,
				"revision=" + questionnaire.revision());
		this.events.publishEvent(new QuestionnaireAccepted(questionnaire.id(), projectId, questionnaire.revision()));
	}

	public void returnForChanges(UUID projectId, CurrentUser user, String note) {
		Standing standing = this.access.of(projectId, user);
		standing.requireReviewer();
		String text = ProjectQuestionnaires.requireText("note", note);
		Questionnaire questionnaire = this.questionnaires.exclusive(standing);
		Instant now = this.clock.instant();
		questionnaire.returnForChanges(now);
		currentRevision(questionnaire).review(ReviewOutcome.RETURNED, user.id(), text, now);
		this.questionnaires.save(questionnaire);
		this.questionnaires.audit(user, "QUESTIONNAIRE_RETURNED", questionnaire,
				"revision=" + questionnaire.revision());
		this.events.publishEvent(new QuestionnaireReturned(questionnaire.id(), projectId, questionnaire.revision()));
	}

	private Revision currentRevision(Questionnaire questionnaire) {
		return this.revisions.findByQuestionnaireIdAndNumber(questionnaire.id(), questionnaire.revision())
			.orElseThrow(() -> new QuestionnaireStateException("questionnaire.error.notSubmitted"));
	}

}
