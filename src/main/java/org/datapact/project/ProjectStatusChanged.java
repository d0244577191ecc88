package org.datapact.project;

import java.util.UUID;

/** Published in the transaction that moved the project. */
public record ProjectStatusChanged(UUID projectId, ProjectStatus from, ProjectStatus to) {

}
