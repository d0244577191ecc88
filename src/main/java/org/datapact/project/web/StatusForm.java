package org.datapact.project.web;

import jakarta.validation.constraints.NotNull;
import org.datapact.project.ProjectStatus;

/** The status to move a project to, and the version the mover saw. */
record StatusForm(@NotNull ProjectStatus status, @NotNull Long version) {

}
