package org.datapact.project.web;

import jakarta.validation.constraints.NotNull;
import org.datapact.project.ProjectRole;

/** A member's new role. */
record RoleForm(@NotNull ProjectRole role) {

}
