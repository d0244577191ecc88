package org.datapact.project;

import java.util.UUID;

/**
 * A person was added to a project, changed role, or was removed ({@code roleOrNull} is
 * then {@code null}). Published in the transaction that made the change.
 */
public record ProjectMembershipChanged(UUID projectId, UUID userId, ProjectRole roleOrNull) {

}
