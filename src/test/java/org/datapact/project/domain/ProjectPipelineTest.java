package org.datapact.project.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.datapact.project.ProjectStage;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectSummary;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.project.VisibleProject;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline collects the stage providers' views in display order, without Spring MVC.
 */
class ProjectPipelineTest {

	private static final ProjectSummary PROJECT = new ProjectSummary(UUID.randomUUID(), UUID.randomUUID(), "Hope",
			"Dashboard", "Purpose", "KE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), ProjectStatus.DESIGN);

	private static final VisibleProject VISIBLE = new VisibleProject(PROJECT, Optional.empty());

	private static final CurrentUser VIEWER = new CurrentUser(UUID.randomUUID(), "viewer", "Viewer", UUID.randomUUID(),
			Set.of(Role.SCOPER));

	@Test
	void withoutProvidersEveryStageIsNotStartedAndNotAvailableYet() {
		List<StageView> stages = pipeline().stages(VISIBLE, VIEWER);
		assertThat(stages).extracting(StageView::stage).containsExactly(StageKey.values());
		assertThat(stages).allSatisfy((stage) -> {
			assertThat(stage.state()).isEqualTo(StageState.NOT_STARTED);
			assertThat(stage.stateMessageKey()).isEqualTo("project.stage.notAvailable");
			assertThat(stage.hasNextAction()).isFalse();
		});
	}

	@Test
	void aProvidersViewTakesItsPlaceInDisplayOrder() {
		List<Object> seen = new ArrayList<>();
		StageView plan = new StageView(StageKey.PLAN, StageState.ATTENTION_NEEDED, "plan.review", List.of(2),
				"plan.acknowledge", "/plans/1");
		ProjectStage provider = (projects, viewer) -> {
			seen.add(projects);
			seen.add(viewer);
			return Map.of(PROJECT.id(), plan);
		};
		List<StageView> stages = pipeline(provider).stages(VISIBLE, VIEWER);
		assertThat(stages).extracting(StageView::stage).containsExactly(StageKey.values());
		assertThat(stages.get(2)).isEqualTo(plan);
		assertThat(stages.get(0).stateMessageKey()).isEqualTo("project.stage.notAvailable");
		assertThat(seen).containsExactly(List.of(VISIBLE), VIEWER);
	}

	@Test
	void aProviderWithNothingToSayIsIgnoredAndTheFirstViewOfAStageWins() {
		StageView first = new StageView(StageKey.SHARING, StageState.DONE, "first", null, null, null);
		StageView second = new StageView(StageKey.SHARING, StageState.IN_PROGRESS, "second", List.of(), null, null);
		List<StageView> stages = pipeline((p, v) -> Map.of(), (p, v) -> Map.of(PROJECT.id(), first),
				(p, v) -> Map.of(PROJECT.id(), second))
			.stages(VISIBLE, VIEWER);
		assertThat(stages.get(3)).isEqualTo(first);
		assertThat(first.stateArguments()).isEmpty();
	}

	@Test
	void everyProviderIsAskedOnceForAWholePageOfProjects() {
		List<VisibleProject> page = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			page.add(new VisibleProject(
					new ProjectSummary(UUID.randomUUID(), UUID.randomUUID(), "Hope", "Project " + i, "Purpose", "KE",
							LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), ProjectStatus.SCOPING),
					Optional.empty()));
		}
		List<List<VisibleProject>> calls = new ArrayList<>();
		ProjectStage provider = (projects, viewer) -> {
			calls.add(projects);
			Map<UUID, StageView> views = new HashMap<>();
			projects.forEach((p) -> views.put(p.project().id(), new StageView(StageKey.SHARING, StageState.DONE,
					"shared." + p.project().title(), List.of(), null, null)));
			return views;
		};
		Map<UUID, List<StageView>> stages = pipeline(provider).stages(page, VIEWER);
		assertThat(calls).containsExactly(page);
		assertThat(stages).hasSize(25);
		assertThat(stages.get(page.get(7).project().id()).get(3).stateMessageKey()).isEqualTo("shared.Project 7");
	}

	private static ProjectPipeline pipeline(ProjectStage... providers) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		for (int i = 0; i < providers.length; i++) {
			beans.registerSingleton("stage" + i, providers[i]);
		}
		return new ProjectPipeline(beans.getBeanProvider(ProjectStage.class));
	}

}
