package org.datapact.shared;

/**
 * What a user may do. A user holds one or more roles and belongs to exactly one
 * organisation.
 */
public enum Role {

	/** Staff of one partner organisation. */
	PARTNER,
	/** Project team member: read-only plus acknowledgements. */
	VOLUNTEER,
	/** Staff of the operating organisation who scope projects with partners. */
	SCOPER,
	/** Manages organisations, users and focal points. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
