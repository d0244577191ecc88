package org.datapact.organisation.domain;

import java.util.Set;
import java.util.UUID;

import org.datapact.shared.Role;

/**
 * Already validated input for creating (organisation and username used) or changing a
 * user.
 */
public record UserCommand(UUID organisationId, String username, String displayName, String email, Set<Role> roles) {

}
