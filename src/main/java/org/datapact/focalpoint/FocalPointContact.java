package org.datapact.focalpoint;

import java.util.UUID;

/** The current holder of a focal point role, as other modules see it. */
public record FocalPointContact(UUID id, UUID organisationId, FocalPointRole role, String name, String title,
		String mobile, String email, String workingLanguage) {

	@Override
	public String toString() {
		return "FocalPointContact[" + this.role + " of " + this.organisationId + "]";
	}

}
