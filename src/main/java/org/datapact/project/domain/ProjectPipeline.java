package org.datapact.project.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.datapact.project.ProjectStage;
import org.datapact.project.ProjectSummary;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.shared.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The stages of a project as one person sees them, in display order, from every
 * {@link ProjectStage} bean. A stage no module describes yet is not started and "not
 * available yet"; when two providers describe the same stage, the first in bean order
 * wins.
 */
@Component
public class ProjectPipeline {

	static final String NOT_AVAILABLE = "project.stage.notAvailable";

	private final ObjectProvider<ProjectStage> providers;

	ProjectPipeline(ObjectProvider<ProjectStage> providers) {
		this.providers = providers;
	}

	public List<StageView> stages(ProjectSummary project, CurrentUser viewer) {
		Map<StageKey, StageView> views = new EnumMap<>(StageKey.class);
		this.providers.orderedStream().forEach((provider) -> {
			StageView view = provider.describe(project, viewer);
			if (view != null) {
				views.putIfAbsent(view.stage(), view);
			}
		});
		List<StageView> stages = new ArrayList<>();
		for (StageKey key : StageKey.values()) {
			stages.add(views.getOrDefault(key, notAvailable(key)));
		}
		return stages;
	}

	static StageView notAvailable(StageKey key) {
		return new StageView(key, StageState.NOT_STARTED, NOT_AVAILABLE, List.of(), null, null);
	}

}
