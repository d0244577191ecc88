package org.datapact.questionnaire;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.datapact.definition.LocalizedText;
import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.NumberRange;
import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.Section;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.questionnaire.domain.TemplateJson;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Templates of any size, with every question type and conditions, for tests and
 * benchmarks that must show what grows with the number of questions and what does not.
 */
public final class GeneratedTemplates {

	private static final QuestionType[] TYPES = { QuestionType.YES_NO_UNKNOWN, QuestionType.SINGLE_CHOICE,
			QuestionType.MULTIPLE_CHOICE, QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT, QuestionType.NUMBER,
			QuestionType.DATE, QuestionType.COUNTRY };

	private GeneratedTemplates() {
	}

	/**
	 * {@code count} questions in sections of 20; every fifth is shown only after a "yes".
	 */
	public static TemplateDefinition withQuestions(String key, int count) {
		List<Section> sections = new ArrayList<>();
		List<Question> questions = new ArrayList<>();
		String lastYesNo = null;
		for (int i = 0; i < count; i++) {
			QuestionType type = TYPES[i % TYPES.length];
			String questionKey = "q" + i;
			DisplayCondition condition = (i % 5 == 4 && lastYesNo != null)
					? new DisplayCondition.Equals(lastYesNo, "yes") : null;
			List<Option> options = type.hasOptions() ? List.of(option("a"), option("b"), option("c"), option("d"))
					: List.of();
			NumberRange number = (type == QuestionType.NUMBER)
					? new NumberRange(java.math.BigDecimal.ZERO, null, true, LocalizedText.of("items", "éléments"))
					: null;
			questions.add(new Question(questionKey, type, LocalizedText.of("Question " + i, "Question " + i),
					LocalizedText.of("Why we ask " + i, "Pourquoi " + i), i % 3 == 0, options, number, condition,
					null));
			if (type == QuestionType.YES_NO_UNKNOWN) {
				lastYesNo = questionKey;
			}
			if (questions.size() == 20 || i == count - 1) {
				sections.add(new Section("s" + sections.size(),
						LocalizedText.of("Section " + sections.size(), "Section"), null, questions));
				questions = new ArrayList<>();
			}
		}
		return new TemplateDefinition(key, LocalizedText.of("Generated " + count, "Généré " + count), sections);
	}

	private static Option option(String key) {
		return new Option(key, LocalizedText.of("Option " + key, "Option " + key));
	}

	/** Publishes a template under a fresh key and returns its id. */
	public static UUID publish(JdbcClient jdbc, TemplateDefinition template) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into questionnaire_template (id, template_key, version, status, title, definition,
				    created_at, updated_at, published_at)
				values (?, ?, 1, 'PUBLISHED', ?, cast(? as jsonb), ?, ?, ?)""")
			.params(id, template.key(), "Generated", TemplateJson.write(template), now, now, now)
			.update();
		return id;
	}

	/** Moves a project's untouched questionnaire onto another template. */
	public static void use(JdbcClient jdbc, UUID projectId, UUID templateId) {
		jdbc.sql("update questionnaire set template_id = ? where project_id = ? and revision = 0")
			.params(templateId, projectId)
			.update();
	}

	/** A valid answer to a generated question. */
	public static String answer(Question question) {
		return switch (question.type()) {
			case YES_NO_UNKNOWN -> "yes";
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> "b";
			case NUMBER -> "42";
			case DATE -> "2026-03-01";
			case COUNTRY -> "ML";
			default -> "Some text for " + question.key();
		};
	}

}
