package org.datapact.classification.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.ClassificationStageFacts;
import org.datapact.classification.domain.ClassificationStageFacts.Facts;
import org.datapact.project.ProjectStage;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.project.VisibleProject;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The classification's place in the project pipeline, and the viewer's next step, for a
 * whole page of projects at once.
 */
@Component
class ClassificationStage implements ProjectStage {

	private final ClassificationStageFacts facts;

	private final ClassificationService classifications;

	ClassificationStage(ClassificationStageFacts facts, ClassificationService classifications) {
		this.facts = facts;
		this.classifications = classifications;
	}

	@Override
	public Map<UUID, StageView> describe(List<VisibleProject> projects, CurrentUser viewer) {
		Map<UUID, Facts> found = this.facts.of(projects.stream().map((p) -> p.project().id()).toList());
		boolean scoper = viewer.has(Role.SCOPER) || viewer.isAdmin();
		LocalDate today = this.classifications.today();
		Map<UUID, StageView> views = new HashMap<>();
		for (VisibleProject project : projects) {
			UUID id = project.project().id();
			views.put(id, describe(id, found.get(id), scoper, today));
		}
		return views;
	}

	private static StageView describe(UUID projectId, Facts current, boolean scoper, LocalDate today) {
		String url = "/projects/" + projectId + "/classification";
		if (current == null) {
			return new StageView(StageKey.CLASSIFICATION, StageState.NOT_STARTED, "classification.stage.notStarted",
					List.of(), null, null);
		}
		String next = scoper ? "classification.stage.review" : "classification.stage.open";
		if (current.markedForReassessment()) {
			return new StageView(StageKey.CLASSIFICATION, StageState.ATTENTION_NEEDED, "classification.stage.reassess",
					List.of(), next, url);
		}
		if (current.overdueOn(today)) {
			return new StageView(StageKey.CLASSIFICATION, StageState.ATTENTION_NEEDED, "classification.stage.overdue",
					List.of(current.reviewBy().toString()), next, url);
		}
		if (current.overridePending()) {
			return new StageView(StageKey.CLASSIFICATION, StageState.WAITING_FOR_REVIEW, "classification.stage.pending",
					List.of(), next, url);
		}
		return new StageView(StageKey.CLASSIFICATION, StageState.DONE, "classification.stage.level",
				List.of(new DefaultMessageSourceResolvable("classification.level." + current.level())),
				"classification.stage.open", url);
	}

}
