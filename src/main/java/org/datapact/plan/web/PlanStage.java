package org.datapact.plan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.PlanStatus;
import org.datapact.project.ProjectStage;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.project.VisibleProject;
import org.datapact.shared.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * The plan's place in the project pipeline, for a whole page of projects at once (one
 * query): not started until the questionnaire is accepted, then in progress.
 */
@Component
class PlanStage implements ProjectStage {

	private final PlanService plans;

	PlanStage(PlanService plans) {
		this.plans = plans;
	}

	@Override
	public Map<UUID, StageView> describe(List<VisibleProject> projects, CurrentUser viewer) {
		Map<UUID, PlanStatus> statuses = this.plans.statuses(projects.stream().map((p) -> p.project().id()).toList());
		Map<UUID, StageView> views = new HashMap<>();
		for (VisibleProject project : projects) {
			UUID id = project.project().id();
			PlanStatus status = statuses.get(id);
			views.put(id,
					(status == null)
							? new StageView(StageKey.PLAN, StageState.NOT_STARTED, "plan.stage.notStarted", List.of(),
									null, null)
							: new StageView(StageKey.PLAN, StageState.IN_PROGRESS, "plan.stage.draft", List.of(),
									"plan.stage.open", "/projects/" + id + "/plan"));
		}
		return views;
	}

}
