package org.datapact.focalpoint.domain;

import java.util.List;
import java.util.UUID;

import org.datapact.focalpoint.FocalPointFlag;
import org.datapact.organisation.OrganisationKind;

/**
 * An organisation's two focal point roles as Table C shows them, with what needs
 * attention.
 */
public record OrganisationFocalPoints(UUID organisationId, String organisationName, OrganisationKind kind,
		List<RoleHolders> roles, List<FocalPointFlag> flags) {

}
