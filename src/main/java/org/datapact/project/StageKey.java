package org.datapact.project;

/** The stages of a project's pipeline, in display order. */
public enum StageKey {

	QUESTIONNAIRE, CLASSIFICATION, PLAN, SHARING

}
