package org.datapact.questionnaire.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.datapact.definition.DefinitionVersions;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;
import org.datapact.questionnaire.DatasetInventoryReader;
import org.datapact.questionnaire.InventoryOutline;
import org.datapact.questionnaire.InventoryOutline.AnswerKind;

import org.springframework.stereotype.Component;

/**
 * Questionnaire templates as versioned definitions: stored as JSON, titled in English.
 */
@Component
class TemplateVersions extends DefinitionVersions<TemplateDefinition, TemplateVersion> {

	static final String ENTITY = "QuestionnaireTemplate";

	private static final List<String> YES_NO_UNKNOWN = List.of("yes", "no", "unknown");

	private final List<DatasetInventoryReader> readers;

	TemplateVersions(TemplateVersionRepository versions, List<DatasetInventoryReader> readers, Clock clock) {
		super(versions, new Messages(ENTITY, "template", "template.draft.exists", "template.draft.fromDraft",
				"template.error.published"), clock);
		this.readers = readers;
	}

	@Override
	protected TemplateDefinition read(String json) {
		return TemplateJson.read(json);
	}

	@Override
	protected String write(TemplateDefinition template) {
		return TemplateJson.write(template);
	}

	@Override
	protected String key(TemplateDefinition template) {
		return template.key();
	}

	@Override
	protected String title(TemplateDefinition template) {
		String english = template.title().in(LocalizedText.FALLBACK);
		return (english.length() > TemplateDefinition.MAX_TITLE) ? english.substring(0, TemplateDefinition.MAX_TITLE)
				: english;
	}

	/**
	 * The template's own problems and, for the template projects' questionnaires start
	 * from, what its dataset inventory lacks for the modules that read it.
	 */
	@Override
	protected List<Problem> problems(TemplateDefinition template) {
		List<Problem> problems = new ArrayList<>(template.problems());
		if (TemplateLibrary.DEFAULT_KEY.equals(template.key())) {
			InventoryOutline inventory = outline(template);
			this.readers.forEach((reader) -> problems.addAll(reader.check(inventory)));
		}
		return problems;
	}

	/** The template's dataset inventory as the modules that read it see it. */
	static InventoryOutline outline(TemplateDefinition template) {
		for (Section section : template.sections()) {
			for (Question group : section.questions()) {
				if (group.isGroup() && QuestionnaireFacts.DATASETS.equals(group.key())) {
					String path = section.key() + "/" + group.key();
					return new InventoryOutline(path,
							group.questions()
								.stream()
								.filter((question) -> question.type() != null && !question.isGroup())
								.map((question) -> new InventoryOutline.Question(question.key(),
										path + "/" + question.key(), kind(question.type()), options(question)))
								.toList());
				}
			}
		}
		return new InventoryOutline(null, List.of());
	}

	private static AnswerKind kind(QuestionType type) {
		return switch (type) {
			case YES_NO_UNKNOWN -> AnswerKind.YES_NO_UNKNOWN;
			case SINGLE_CHOICE -> AnswerKind.ONE_OPTION;
			case MULTIPLE_CHOICE -> AnswerKind.SEVERAL_OPTIONS;
			case SHORT_TEXT, LONG_TEXT -> AnswerKind.TEXT;
			case NUMBER -> AnswerKind.NUMBER;
			case DATE -> AnswerKind.DATE;
			case COUNTRY -> AnswerKind.COUNTRY;
			case REPEATING_GROUP -> throw new IllegalArgumentException("A group gives no answer of its own");
		};
	}

	private static List<String> options(Question question) {
		if (question.type() == QuestionType.YES_NO_UNKNOWN) {
			return YES_NO_UNKNOWN;
		}
		return question.options().stream().map(Option::key).toList();
	}

	@Override
	protected TemplateVersion newDraft(String key, UUID basedOn, UUID by, Instant now) {
		return new TemplateVersion(key, basedOn, by, now);
	}

}
