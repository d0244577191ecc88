package org.datapact.plan.domain;

/** A save based on a version of a section that is no longer the current one. */
class StaleSectionException extends RuntimeException {

	StaleSectionException() {
		super("The section changed since the version the save was based on", null, false, false);
	}

}
