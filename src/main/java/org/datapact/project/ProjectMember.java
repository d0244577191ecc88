package org.datapact.project;

import java.util.UUID;

/** A person in a project, with their display label ("Name (username)"). */
public record ProjectMember(UUID userId, String displayName, ProjectRole role) {

}
