package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Optional;

import org.datapact.definition.LocalizedText;

/**
 * One question of a template. The key is stable across template versions: answers,
 * exports and the classification rules refer to it. A repeating group holds its own
 * questions, answered once per entry (one entry per dataset in the inventory).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
public record Question(String key, QuestionType type, LocalizedText label, LocalizedText guidance, boolean required,
		List<Option> options, NumberRange number, DisplayCondition condition, List<Question> questions) {

	public Question {
		label = (label != null) ? label : LocalizedText.EMPTY;
		guidance = (guidance != null) ? guidance : LocalizedText.EMPTY;
		options = (options != null) ? List.copyOf(options) : List.of();
		questions = (questions != null) ? List.copyOf(questions) : List.of();
		if (type == QuestionType.NUMBER && number == null) {
			number = NumberRange.ANY;
		}
	}

	public Optional<Option> option(String key) {
		return this.options.stream().filter((option) -> option.key().equals(key)).findFirst();
	}

	@com.fasterxml.jackson.annotation.JsonIgnore
	public boolean isGroup() {
		return this.type == QuestionType.REPEATING_GROUP;
	}

	public Question withKey(String newKey) {
		return new Question(newKey, this.type, this.label, this.guidance, this.required, this.options, this.number,
				this.condition, this.questions);
	}

	public Question withCondition(DisplayCondition newCondition) {
		return new Question(this.key, this.type, this.label, this.guidance, this.required, this.options, this.number,
				newCondition, this.questions);
	}

	public Question withQuestions(List<Question> children) {
		return new Question(this.key, this.type, this.label, this.guidance, this.required, this.options, this.number,
				this.condition, children);
	}

}
