package org.datapact.questionnaire.domain;

/** A template version is edited as a draft, then published and never changed again. */
public enum TemplateStatus {

	DRAFT, PUBLISHED

}
