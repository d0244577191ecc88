package org.datapact.questionnaire.domain;

import java.util.List;

import org.datapact.definition.LocalizedText;

/** A titled part of a template, with its questions in order. */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
public record Section(String key, LocalizedText title, LocalizedText intro, List<Question> questions) {

	public Section {
		title = (title != null) ? title : LocalizedText.EMPTY;
		intro = (intro != null) ? intro : LocalizedText.EMPTY;
		questions = (questions != null) ? List.copyOf(questions) : List.of();
	}

	public Section withQuestions(List<Question> newQuestions) {
		return new Section(this.key, this.title, this.intro, newQuestions);
	}

}
