package org.datapact.project;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which projects a list shows: those in the given statuses (every status when empty),
 * optionally only one organisation's.
 */
public record ProjectFilter(Set<ProjectStatus> statuses, UUID organisationId) {

	public ProjectFilter {
		statuses = Set.copyOf(statuses);
	}

	public static ProjectFilter all() {
		return new ProjectFilter(Set.of(), null);
	}

	/** Every project not yet closed. */
	public static ProjectFilter open() {
		return new ProjectFilter(EnumSet.complementOf(EnumSet.of(ProjectStatus.CLOSED)), null);
	}

	/**
	 * Projects in one status, or in any status when it is null; optionally of one
	 * organisation.
	 */
	public static ProjectFilter of(ProjectStatus status, UUID organisationId) {
		return new ProjectFilter((status != null) ? Set.of(status) : Set.of(), organisationId);
	}

}
