package org.datapact.project;

/**
 * Where a project stands, in order: scoping with the partner, designing the work (data is
 * shared from here, once the plan allows it), active, and closed (read-only).
 */
public enum ProjectStatus {

	SCOPING, DESIGN, ACTIVE, CLOSED

}
