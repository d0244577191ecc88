package org.datapact.questionnaire.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStage;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.project.VisibleProject;
import org.datapact.questionnaire.domain.QuestionnaireStageFacts;
import org.datapact.questionnaire.domain.QuestionnaireStageFacts.Facts;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The questionnaire's place in the project pipeline, and the viewer's next step there,
 * for a whole page of projects at once.
 */
@Component
class QuestionnaireStage implements ProjectStage {

	private final QuestionnaireStageFacts facts;

	QuestionnaireStage(QuestionnaireStageFacts facts) {
		this.facts = facts;
	}

	@Override
	public Map<UUID, StageView> describe(List<VisibleProject> projects, CurrentUser viewer) {
		Map<UUID, Facts> found = this.facts.of(projects.stream().map((p) -> p.project().id()).toList());
		Map<UUID, StageView> views = new HashMap<>();
		for (VisibleProject project : projects) {
			UUID id = project.project().id();
			views.put(id, describe(id, found.get(id), isEditor(project, viewer), viewer.has(Role.SCOPER)));
		}
		return views;
	}

	private static boolean isEditor(VisibleProject project, CurrentUser viewer) {
		return viewer.has(Role.PARTNER) && project.viewerRole()
			.filter((role) -> role == ProjectRole.PARTNER_STAFF || role == ProjectRole.PROJECT_CHAMPION)
			.isPresent();
	}

	private static StageView describe(UUID projectId, Facts facts, boolean editor, boolean reviewer) {
		String url = "/projects/" + projectId + "/questionnaire";
		if (facts == null) {
			return new StageView(StageKey.QUESTIONNAIRE, StageState.NOT_STARTED, "questionnaire.stage.notStarted",
					List.of(), editor ? "questionnaire.stage.fillIn" : "questionnaire.stage.open", url);
		}
		return switch (facts.status()) {
			case IN_PROGRESS -> new StageView(StageKey.QUESTIONNAIRE, StageState.IN_PROGRESS,
					"questionnaire.stage.progress", List.of(facts.percent()),
					editor ? "questionnaire.stage.fillIn" : "questionnaire.stage.open", url);
			case RETURNED -> new StageView(StageKey.QUESTIONNAIRE, StageState.ATTENTION_NEEDED,
					"questionnaire.stage.progress", List.of(facts.percent()),
					editor ? "questionnaire.stage.fillIn" : "questionnaire.stage.open", url);
			case SUBMITTED -> new StageView(StageKey.QUESTIONNAIRE, StageState.WAITING_FOR_REVIEW,
					"questionnaire.stage.submitted", List.of(facts.revision()),
					reviewer ? "questionnaire.stage.review" : "questionnaire.stage.open", url);
			case ACCEPTED -> new StageView(StageKey.QUESTIONNAIRE, StageState.DONE, "questionnaire.stage.accepted",
					List.of(facts.revision()), "questionnaire.stage.open", url);
		};
	}

}
