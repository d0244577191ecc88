package org.datapact.questionnaire.domain;

/** The kinds of question a template can ask. */
public enum QuestionType {

	YES_NO_UNKNOWN, SINGLE_CHOICE, MULTIPLE_CHOICE, SHORT_TEXT, LONG_TEXT, NUMBER, DATE, COUNTRY, REPEATING_GROUP;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	public boolean isGroup() {
		return this == REPEATING_GROUP;
	}

}
