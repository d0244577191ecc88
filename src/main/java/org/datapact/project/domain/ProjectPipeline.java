package org.datapact.project.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.project.ProjectStage;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.project.VisibleProject;
import org.datapact.shared.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The stages of projects as one person sees them, in display order, from every
 * {@link ProjectStage} bean, each asked once for all the projects. A stage no module
 * describes yet is not started and "not available yet"; when two providers describe the
 * same stage, the first in bean order wins.
 */
@Component
public class ProjectPipeline {

	static final String NOT_AVAILABLE = "project.stage.notAvailable";

	private final ObjectProvider<ProjectStage> providers;

	ProjectPipeline(ObjectProvider<ProjectStage> providers) {
		this.providers = providers;
	}

	public List<StageView> stages(VisibleProject project, CurrentUser viewer) {
		return stages(List.of(project), viewer).get(project.project().id());
	}

	/** Every project's stages, by project id. */
	public Map<UUID, List<StageView>> stages(List<VisibleProject> projects, CurrentUser viewer) {
		Map<UUID, Map<StageKey, StageView>> views = new HashMap<>();
		if (!projects.isEmpty()) {
			this.providers.orderedStream()
				.forEach(
						(provider) -> provider.describe(projects, viewer)
							.forEach((projectId, view) -> views
								.computeIfAbsent(projectId, (id) -> new EnumMap<>(StageKey.class))
								.putIfAbsent(view.stage(), view)));
		}
		Map<UUID, List<StageView>> result = new HashMap<>();
		for (VisibleProject project : projects) {
			Map<StageKey, StageView> described = views.getOrDefault(project.project().id(), Map.of());
			List<StageView> stages = new ArrayList<>();
			for (StageKey key : StageKey.values()) {
				stages.add(described.getOrDefault(key, notAvailable(key)));
			}
			result.put(project.project().id(), stages);
		}
		return result;
	}

	static StageView notAvailable(StageKey key) {
		return new StageView(key, StageState.NOT_STARTED, NOT_AVAILABLE, List.of(), null, null);
	}

}
