package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.discussion.Anchor;
import org.datapact.discussion.DiscussionStateException;
import org.datapact.discussion.DiscussionView;
import org.datapact.discussion.Discussions;
import org.datapact.questionnaire.ClarificationAsked;
import org.datapact.questionnaire.domain.QuestionnaireAccess.Standing;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clarifications: a scoper asks about one answer of a submitted questionnaire, partner
 * staff and scopers reply, a scoper marks it resolved. Each is a discussion thread of the
 * questionnaire, anchored on the question (and dataset entry) and the revision it was
 * asked on. Every step is audited.
 */
@Service
@Transactional
public class Clarifications {

	/** The owner type of the questionnaire's discussion threads. */
	static final String OWNER = "questionnaire";

	private final QuestionnaireAccess access;

	private final ProjectQuestionnaires questionnaires;

	private final TemplateLibrary templates;

	private final Discussions discussions;

	private final ApplicationEventPublisher events;

	Clarifications(QuestionnaireAccess access, ProjectQuestionnaires questionnaires, TemplateLibrary templates,
			Discussions discussions, ApplicationEventPublisher events) {
		this.access = access;
		this.questionnaires = questionnaires;
		this.templates = templates;
		this.discussions = discussions;
		this.events = events;
	}

	/** A scoper asks about one answer of a submitted questionnaire. */
	public UUID ask(UUID projectId, CurrentUser user, String questionKey, UUID entryId, String text) {
		Standing standing = this.access.of(projectId, user);
		standing.requireReviewer();
		String body = ProjectQuestionnaires.requireText("text", text);
		Questionnaire questionnaire = this.questionnaires.ensure(standing);
		if (questionnaire.revision() == 0) {
			throw new QuestionnaireStateException("questionnaire.error.notSubmitted");
		}
		TemplateDefinition template = this.templates.definition(questionnaire.templateId());
		if (template.question(String.valueOf(questionKey)).isEmpty()
				|| (entryId != null) != template.groupOf(questionKey).isPresent()) {
			throw new InvalidRequestException("question", "questionnaire.answer.unknownQuestion");
		}
		UUID clarification = this.discussions.open(
				new Anchor(OWNER, questionnaire.id(), questionKey, entryId, questionnaire.revision()), user.id(), body,
				Set.of());
		this.questionnaires.audit(user, "QUESTIONNAIRE_CLARIFICATION_ASKED", questionnaire,
				"clarification=" + clarification + " question=" + questionKey);
		this.events.publishEvent(new ClarificationAsked(questionnaire.id(), projectId, questionKey));
		return clarification;
	}

	/** Partner staff or a scoper adds a message to an open clarification. */
	public void reply(UUID projectId, CurrentUser user, UUID clarificationId, String text) {
		Standing standing = this.access.of(projectId, user);
		standing.requireParticipant();
		String body = ProjectQuestionnaires.requireText("text", text);
		Questionnaire questionnaire = this.questionnaires.ensure(standing);
		try {
			this.discussions.post(OWNER, questionnaire.id(), clarificationId, user.id(), body, Set.of());
		}
		catch (DiscussionStateException ex) {
			throw resolvedAlready();
		}
		this.questionnaires.audit(user, "QUESTIONNAIRE_CLARIFICATION_ANSWERED", questionnaire,
				"clarification=" + clarificationId);
	}

	public void resolve(UUID projectId, CurrentUser user, UUID clarificationId) {
		Standing standing = this.access.of(projectId, user);
		standing.requireReviewer();
		Questionnaire questionnaire = this.questionnaires.ensure(standing);
		try {
			this.discussions.resolve(OWNER, questionnaire.id(), clarificationId, user.id());
		}
		catch (DiscussionStateException ex) {
			throw resolvedAlready();
		}
		this.questionnaires.audit(user, "QUESTIONNAIRE_CLARIFICATION_RESOLVED", questionnaire,
				"clarification=" + clarificationId);
	}

	/** The questionnaire's clarification threads, oldest first. */
	@Transactional(readOnly = true)
	List<DiscussionView> threads(UUID questionnaireId) {
		return this.discussions.of(OWNER, questionnaireId);
	}

	/** The threads as the questionnaire page shows them, with their authors' names. */
	static List<ClarificationView> views(List<DiscussionView> threads, Map<UUID, String> names) {
		return threads.stream()
			.map((thread) -> new ClarificationView(thread.id(), thread.anchor().key(), thread.anchor().item(),
					thread.anchor().version(), thread.open(),
					thread.messages()
						.stream()
						.map((message) -> new ClarificationView.Message(names.getOrDefault(message.authorId(), "?"),
								message.body(), message.at()))
						.toList()))
			.toList();
	}

	private static QuestionnaireStateException resolvedAlready() {
		return new QuestionnaireStateException("clarification.error.resolved");
	}

}
