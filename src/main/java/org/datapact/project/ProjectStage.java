package org.datapact.project;

import org.datapact.shared.CurrentUser;

/**
 * Implemented by the modules that run a stage of a project (questionnaire,
 * classification, plan, sharing) and registered as a Spring bean; the project page shows
 * every provider's view in the pipeline. A stage without a provider shows as not started
 * and "not available yet". The viewer may see the project; a provider decides what the
 * viewer may do next.
 */
public interface ProjectStage {

	StageView describe(ProjectSummary project, CurrentUser viewer);

}
