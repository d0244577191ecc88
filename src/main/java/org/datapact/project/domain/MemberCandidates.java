package org.datapact.project.domain;

import java.util.Map;
import java.util.UUID;

/**
 * Who could join a project and is not yet a member, as id and display label: the partner
 * organisation's staff, scopers, and volunteers of the partner or the operating
 * organisation.
 */
public record MemberCandidates(Map<UUID, String> partnerStaff, Map<UUID, String> scopers,
		Map<UUID, String> volunteers) {

	public boolean isEmpty() {
		return this.partnerStaff.isEmpty() && this.scopers.isEmpty() && this.volunteers.isEmpty();
	}

}
