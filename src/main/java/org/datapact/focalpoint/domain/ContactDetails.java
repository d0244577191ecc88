package org.datapact.focalpoint.domain;

import java.util.UUID;

/**
 * A focal point's contact details, already validated and normalised: phones in E.164,
 * e-mail trimmed. The person may, but need not, have a user account.
 */
public record ContactDetails(String name, String title, String mobile, String email, String alternativePhone,
		String workingLanguage, UUID userId) {

	@Override
	public String toString() {
		return "ContactDetails[redacted]";
	}

}
