package org.datapact.focalpoint.domain;

import java.util.UUID;

/**
 * Contact details as typed in a form or sent to the API, before phones are normalised.
 */
public record ContactDetailsInput(String name, String title, String mobile, String email, String alternativePhone,
		String workingLanguage, UUID userId) {

	@Override
	public String toString() {
		return "ContactDetailsInput[redacted]";
	}

}
