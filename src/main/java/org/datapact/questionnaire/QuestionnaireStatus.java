package org.datapact.questionnaire;

/**
 * Where a project's questionnaire stands: partner staff fill it in, submit it, and a
 * scoper accepts it or returns it for changes.
 */
public enum QuestionnaireStatus {

	IN_PROGRESS, SUBMITTED, RETURNED, ACCEPTED;

	public boolean isEditable() {
		return this == IN_PROGRESS || this == RETURNED;
	}

}
