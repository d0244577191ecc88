package org.datapact.classification.domain;

/** A rule set version is a draft being edited, or published (and then immutable). */
public enum RuleSetStatus {

	DRAFT, PUBLISHED

}
