package org.datapact.project;

import java.util.Optional;

/**
 * A project a viewer may see, with the viewer's own role in it (empty for non-members).
 */
public record VisibleProject(ProjectSummary project, Optional<ProjectRole> viewerRole) {

}
