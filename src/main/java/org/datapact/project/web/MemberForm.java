package org.datapact.project.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.datapact.project.ProjectRole;

/** A person to add to a project, with their role. */
record MemberForm(@NotNull UUID userId, @NotNull ProjectRole role) {

	static MemberForm empty() {
		return new MemberForm(null, null);
	}

}
