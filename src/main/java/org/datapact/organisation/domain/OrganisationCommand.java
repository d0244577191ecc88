package org.datapact.organisation.domain;

import org.datapact.organisation.OrganisationKind;

/** Already validated input for creating or changing an organisation. */
public record OrganisationCommand(String name, OrganisationKind kind, String countryCode) {

}
