package org.datapact.classification.web;

import java.util.List;

import org.datapact.classification.OverrideStatus;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.ReviewQueue;
import org.datapact.classification.domain.OverrideService;
import org.datapact.project.ProjectStage;
import org.datapact.project.ProjectSummary;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** The classification's place in the project pipeline, and the viewer's next step. */
@Component
class ClassificationStage implements ProjectStage {

	private final ClassificationService classifications;

	private final ReviewQueue reviews;

	private final OverrideService overrides;

	ClassificationStage(ClassificationService classifications, ReviewQueue reviews, OverrideService overrides) {
		this.classifications = classifications;
		this.reviews = reviews;
		this.overrides = overrides;
	}

	@Override
	public StageView describe(ProjectSummary project, CurrentUser viewer) {
		String url = "/projects/" + project.id() + "/classification";
		boolean scoper = viewer.has(Role.SCOPER) || viewer.isAdmin();
		StoredClassification current = this.classifications.current(project.id()).orElse(null);
		if (current == null) {
			return new StageView(StageKey.CLASSIFICATION, StageState.NOT_STARTED, "classification.stage.notStarted",
					List.of(), null, null);
		}
		String next = scoper ? "classification.stage.review" : "classification.stage.open";
		if (this.reviews.markedForReassessment(project.id())) {
			return new StageView(StageKey.CLASSIFICATION, StageState.ATTENTION_NEEDED, "classification.stage.reassess",
					List.of(), next, url);
		}
		if (current.overdueOn(this.classifications.today())) {
			return new StageView(StageKey.CLASSIFICATION, StageState.ATTENTION_NEEDED, "classification.stage.overdue",
					List.of(current.reviewBy().toString()), next, url);
		}
		boolean pending = this.overrides.overrides(viewer, project.id())
			.stream()
			.anyMatch((o) -> o.status() == OverrideStatus.PENDING);
		if (pending) {
			return new StageView(StageKey.CLASSIFICATION, StageState.WAITING_FOR_REVIEW, "classification.stage.pending",
					List.of(), next, url);
		}
		return new StageView(StageKey.CLASSIFICATION, StageState.DONE, "classification.stage.level",
				List.of(new DefaultMessageSourceResolvable("classification.level." + current.projectLevel())),
				"classification.stage.open", url);
	}

}
