package org.datapact.plan;

import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.questionnaire.domain.SubmitOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects whose questionnaire is accepted, so that their plan has started: the way plans
 * start in production.
 */
public class PlanFixtures {

	private final QuestionnaireFixtures questionnaires;

	private final QuestionnaireService questionnaireService;

	private final QuestionnaireReview review;

	public PlanFixtures(QuestionnaireFixtures questionnaires, QuestionnaireService questionnaireService,
			QuestionnaireReview review) {
		this.questionnaires = questionnaires;
		this.questionnaireService = questionnaireService;
		this.review = review;
	}

	/**
	 * A fresh team whose project's questionnaire, with the datasets asked, is accepted.
	 */
	public Team acceptedTeam(int datasets) {
		Team team = this.questionnaires.team();
		accept(team, datasets);
		return team;
	}

	public void accept(Team team, int datasets) {
		this.questionnaires.completeAll(team, datasets);
		assertThat(this.questionnaireService.submit(team.projectId(), team.partner().current()))
			.isInstanceOf(SubmitOutcome.Submitted.class);
		this.review.accept(team.projectId(), team.scoper().current());
	}

}
