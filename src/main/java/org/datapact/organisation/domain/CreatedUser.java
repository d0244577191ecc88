package org.datapact.organisation.domain;

/**
 * A new or reset account with the temporary password to hand over once; it is never
 * stored in clear.
 */
public record CreatedUser(UserView user, String temporaryPassword) {

	@Override
	public String toString() {
		return "CreatedUser[" + this.user.username() + "]";
	}

}
