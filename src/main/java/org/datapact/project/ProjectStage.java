package org.datapact.project;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.shared.CurrentUser;

/**
 * Implemented by the modules that run a stage of a project (questionnaire,
 * classification, plan, sharing) and registered as a Spring bean; the project page and
 * the project list show every provider's view in each project's pipeline. A stage without
 * a provider shows as not started and "not available yet". The viewer may see every
 * project given; a provider decides what the viewer may do next.
 * <p>
 * A provider answers for a whole page of projects at once, with a fixed number of queries
 * however many projects the page holds: a list of 100 projects costs what a list of one
 * does.
 */
public interface ProjectStage {

	/**
	 * The stage of each project as the viewer sees it, by project id; a project left out
	 * shows as not available.
	 */
	Map<UUID, StageView> describe(List<VisibleProject> projects, CurrentUser viewer);

}
