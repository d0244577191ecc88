package org.datapact.shared;

/**
 * The user may see the record but not perform this action on it.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String action) {
		super("Not allowed: " + action);
	}

}
