package org.datapact.shared;

/**
 * A record that does not exist, or that the current user may not see: both answer 404 so
 * that nobody learns whether another organisation's record exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String entityType, Object id) {
		super(entityType + " " + id + " not found");
	}

}
