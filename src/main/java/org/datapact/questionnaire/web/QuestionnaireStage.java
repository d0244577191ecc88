package org.datapact.questionnaire.web;

import java.util.List;

import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStage;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.project.StageKey;
import org.datapact.project.StageState;
import org.datapact.project.StageView;
import org.datapact.questionnaire.domain.QuestionnaireFacts;
import org.datapact.questionnaire.domain.QuestionnaireFacts.StageFacts;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.Role;

import org.springframework.stereotype.Component;

/**
 * The questionnaire's place in the project pipeline, and the viewer's next step there.
 */
@Component
class QuestionnaireStage implements ProjectStage {

	private final QuestionnaireFacts questionnaires;

	private final Projects projects;

	QuestionnaireStage(QuestionnaireFacts questionnaires, Projects projects) {
		this.questionnaires = questionnaires;
		this.projects = projects;
	}

	@Override
	public StageView describe(ProjectSummary project, CurrentUser viewer) {
		String url = "/projects/" + project.id() + "/questionnaire";
		boolean editor = viewer.has(Role.PARTNER) && this.projects.roleOf(project.id(), viewer.id())
			.filter((role) -> role == ProjectRole.PARTNER_STAFF || role == ProjectRole.PROJECT_CHAMPION)
			.isPresent();
		boolean reviewer = viewer.has(Role.SCOPER);
		StageFacts facts = this.questionnaires.stageFacts(project.id()).orElse(null);
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
