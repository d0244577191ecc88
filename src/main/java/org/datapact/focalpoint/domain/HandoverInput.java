package org.datapact.focalpoint.domain;

/** What the outgoing focal point hands over, in free text; the checklist is standard. */
public record HandoverInput(String agreements, String openIssues, String notes) {

	public static HandoverInput empty() {
		return new HandoverInput(null, null, null);
	}

}
