package org.datapact.organisation;

/**
 * The operating organisation runs DataPact and employs the scopers; partners share their
 * data.
 */
public enum OrganisationKind {

	OPERATOR, PARTNER

}
