package org.datapact.focalpoint;

import java.util.UUID;

/** Something an administrator should fix about an organisation's focal points. */
public record FocalPointFlag(UUID organisationId, String organisationName, FocalPointRole role, Reason reason) {

	public enum Reason {

		/** Nobody holds the role. */
		MISSING,
		/** The holder has never confirmed their details. */
		NEVER_CONFIRMED,
		/** The holder last confirmed their details too long ago. */
		CONFIRMATION_STALE,
		/** The holder's user account has been deactivated: they have probably left. */
		HOLDER_LEFT

	}

}
