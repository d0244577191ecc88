package org.datapact.classification.domain;

/** A published rule set version was asked to change: it never does. */
public class RuleSetNotEditableException extends RuntimeException {

	public RuleSetNotEditableException() {
		super("A published rule set version cannot be changed");
	}

}
