package org.datapact.questionnaire.domain;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.datapact.questionnaire.domain.QuestionnaireAccess.Standing;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's one questionnaire, started on the newest published template the first time
 * anyone opens it; read as it is, share-locked for autosaves or write-locked for a submit
 * or review. Also where the questionnaire's services record what they did in the audit
 * log, and the rule for the texts people write (notes, clarifications).
 */
@Component
class ProjectQuestionnaires {

	static final String ENTITY = "Questionnaire";

	/** Longest note or message. */
	static final int TEXT_MAX = 5000;

	private final QuestionnaireRepository questionnaires;

	private final TemplateLibrary templates;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectQuestionnaires(QuestionnaireRepository questionnaires, TemplateLibrary templates, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.questionnaires = questionnaires;
		this.templates = templates;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The project's questionnaire, started with the newest published template on first
	 * use.
	 */
	Questionnaire ensure(Standing standing) {
		UUID projectId = standing.project().id();
		Optional<Questionnaire> existing = this.questionnaires.findByProjectId(projectId);
		if (existing.isPresent()) {
			return existing.get();
		}
		return start(standing);
	}

	/**
	 * The questionnaire, read-locked: autosaves share it; a submit or review waits for
	 * them.
	 */
	Questionnaire shared(Standing standing) {
		UUID projectId = standing.project().id();
		return this.questionnaires.shareByProjectId(projectId).orElseGet(() -> {
			start(standing);
			return this.questionnaires.shareByProjectId(projectId)
				.orElseThrow(() -> new NotFoundException(ENTITY, projectId));
		});
	}

	/** The questionnaire, write-locked for a submit or review. */
	Questionnaire exclusive(Standing standing) {
		UUID projectId = standing.project().id();
		return this.questionnaires.lockByProjectId(projectId).orElseGet(() -> {
			start(standing);
			return this.questionnaires.lockByProjectId(projectId)
				.orElseThrow(() -> new NotFoundException(ENTITY, projectId));
		});
	}

	void save(Questionnaire questionnaire) {
		this.questionnaires.save(questionnaire);
	}

	private Questionnaire start(Standing standing) {
		UUID projectId = standing.project().id();
		Instant now = this.clock.instant();
		UUID templateId = this.templates.latestPublished(TemplateLibrary.DEFAULT_KEY);
		this.jdbc.sql("""
				insert into questionnaire (id, project_id, organisation_id, template_id, status, revision,
				    created_at, updated_at, version)
				values (?, ?, ?, ?, 'IN_PROGRESS', 0, ?, ?, 0) on conflict (project_id) do nothing""")
			.params(UUID.randomUUID(), projectId, standing.project().organisationId(), templateId, Timestamp.from(now),
					Timestamp.from(now))
			.update();
		return this.questionnaires.findByProjectId(projectId)
			.orElseThrow(() -> new NotFoundException(ENTITY, projectId));
	}

	void audit(CurrentUser user, String action, Questionnaire questionnaire, String details) {
		AuditEvent event = AuditEvent.success(user, action, ENTITY, questionnaire.id(), questionnaire.organisationId());
		this.events.publishEvent((details != null) ? event.withDetails(details) : event);
	}

	/**
	 * A text someone wrote, stripped and without NUL characters; refused when empty or
	 * too long.
	 */
	static String requireText(String field, String text) {
		String cleaned = (text != null) ? text.strip().replace("\u0000", "") : "";
		if (cleaned.isEmpty()) {
			throw new InvalidRequestException(field, "questionnaire.text.required");
		}
		if (cleaned.length() > TEXT_MAX) {
			throw new InvalidRequestException(field, "questionnaire.text.tooLong");
		}
		return cleaned;
	}

}
