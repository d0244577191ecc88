package org.datapact.project;

/** What a person does in one project. */
public enum ProjectRole {

	/** Staff of the project's partner organisation. */
	PARTNER_STAFF,
	/**
	 * The partner's lead for the project: a partner staff member, at most one per
	 * project.
	 */
	PROJECT_CHAMPION,
	/** Staff of the operating organisation who scope the project. */
	SCOPER,
	/** A project team member. */
	VOLUNTEER

}
