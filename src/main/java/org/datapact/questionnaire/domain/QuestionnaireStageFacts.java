package org.datapact.questionnaire.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.questionnaire.QuestionnaireStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the questionnaires of many projects stand, for the project pipeline: two
 * statements for any number of projects (the questionnaires, then the answers of those
 * still being filled in, to tell how far they are); templates come from memory.
 */
@Component
@Transactional(readOnly = true)
public class QuestionnaireStageFacts {

	private final JdbcClient jdbc;

	private final AnswerStore answers;

	private final TemplateLibrary templates;

	QuestionnaireStageFacts(JdbcClient jdbc, AnswerStore answers, TemplateLibrary templates) {
		this.jdbc = jdbc;
		this.answers = answers;
		this.templates = templates;
	}

	/** By project id; a project without a questionnaire is left out. */
	public Map<UUID, Facts> of(Collection<UUID> projectIds) {
		if (projectIds.isEmpty()) {
			return Map.of();
		}
		// Plain SQL: Hibernate translates a query with a list parameter afresh each time.
		List<Row> found = this.jdbc
			.sql("select id, project_id, template_id, status, revision from questionnaire where project_id in (:ids)")
			.param("ids", Set.copyOf(projectIds))
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getObject("template_id", UUID.class), QuestionnaireStatus.valueOf(rs.getString("status")),
					rs.getInt("revision")))
			.list();
		Map<UUID, TemplateDefinition> editable = new HashMap<>();
		for (Row questionnaire : found) {
			if (questionnaire.status().isEditable()) {
				editable.put(questionnaire.id(), this.templates.definition(questionnaire.templateId()));
			}
		}
		Map<UUID, AnswerStore.Loaded> loaded = this.answers.loadAll(editable);
		Map<UUID, Facts> facts = new HashMap<>();
		for (Row questionnaire : found) {
			AnswerStore.Loaded answers = loaded.get(questionnaire.id());
			int percent = (answers != null)
					? Evaluation.of(editable.get(questionnaire.id()), answers.answers()).overall().percent() : 0;
			facts.put(questionnaire.projectId(), new Facts(questionnaire.status(), questionnaire.revision(), percent));
		}
		return facts;
	}

	private record Row(UUID id, UUID projectId, UUID templateId, QuestionnaireStatus status, int revision) {
	}

	/** A questionnaire's status, its latest revision, and how much of it is answered. */
	public record Facts(QuestionnaireStatus status, int revision, int percent) {
	}

}
