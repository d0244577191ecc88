package org.datapact.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.datapact.project.ProjectRole;
import org.datapact.project.domain.ProjectCommand;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.domain.AnswerInput;
import org.datapact.questionnaire.domain.Evaluation;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.questionnaire.domain.QuestionnaireView;
import org.datapact.questionnaire.domain.SaveOutcome;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;

import org.springframework.boot.test.context.TestComponent;

import static org.assertj.core.api.Assertions.assertThat;

/** A project with its people, and a way to answer every required question validly. */
@TestComponent
public class QuestionnaireFixtures {

	private final Fixtures fixtures;

	private final ProjectService projects;

	private final QuestionnaireService questionnaires;

	public QuestionnaireFixtures(Fixtures fixtures, ProjectService projects, QuestionnaireService questionnaires) {
		this.fixtures = fixtures;
		this.projects = projects;
		this.questionnaires = questionnaires;
	}

	/**
	 * A partner organisation's project with a partner member, a non-member colleague, a
	 * scoper and a volunteer.
	 */
	public record Team(UUID projectId, UUID organisationId, TestUser partner, TestUser colleague, TestUser scoper,
			TestUser volunteer, TestUser admin) {
	}

	public Team team() {
		UUID organisation = this.fixtures.partner();
		TestUser admin = this.fixtures.admin();
		TestUser partner = this.fixtures.user(organisation, org.datapact.shared.Role.PARTNER);
		TestUser colleague = this.fixtures.user(organisation, org.datapact.shared.Role.PARTNER);
		TestUser scoper = this.fixtures.scoper();
		TestUser volunteer = this.fixtures.user(this.fixtures.operator(), org.datapact.shared.Role.VOLUNTEER);
		UUID projectId = this.projects
			.create(admin.current(),
					new ProjectCommand(organisation, "Project " + Fixtures.unique(), "Purpose", "KE",
							LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.id();
		this.projects.addMember(admin.current(), projectId, partner.id(), ProjectRole.PARTNER_STAFF);
		this.projects.addMember(admin.current(), projectId, scoper.id(), ProjectRole.SCOPER);
		this.projects.addMember(admin.current(), projectId, volunteer.id(), ProjectRole.VOLUNTEER);
		return new Team(projectId, organisation, partner, colleague, scoper, volunteer, admin);
	}

	public SaveOutcome.Saved answer(Team team, UUID entryId, String key, String... values) {
		QuestionnaireView view = this.questionnaires.open(team.projectId(), team.partner().current());
		SaveOutcome outcome = this.questionnaires.save(team.projectId(), team.partner().current(),
				new AnswerInput(entryId, key, List.of(values), view.versions().of(entryId, key)));
		assertThat(outcome).as(key).isInstanceOf(SaveOutcome.Saved.class);
		return (SaveOutcome.Saved) outcome;
	}

	/**
	 * Answers every shown required question with a valid answer, adding datasets as
	 * asked.
	 */
	public void completeAll(Team team, int datasets) {
		QuestionnaireView view = this.questionnaires.open(team.projectId(), team.partner().current());
		for (int i = view.answers().entries("datasets").size(); i < datasets; i++) {
			this.questionnaires.addEntry(team.projectId(), team.partner().current(), "datasets");
		}
		for (int round = 0; round < 10; round++) {
			view = this.questionnaires.open(team.projectId(), team.partner().current());
			List<Evaluation.Missing> missing = view.evaluation().missing();
			if (missing.isEmpty()) {
				return;
			}
			for (Evaluation.Missing gap : missing) {
				Question question = view.template().question(gap.questionKey()).orElseThrow();
				answer(team, gap.entryId(), gap.questionKey(), validValue(question));
			}
		}
		throw new AssertionError("The questionnaire could not be completed");
	}

	public static String validValue(Question question) {
		return switch (question.type()) {
			case YES_NO_UNKNOWN -> "no";
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options().get(0).key();
			case NUMBER -> "12";
			case DATE -> "2026-06-30";
			case COUNTRY -> "KE";
			default -> "An answer to " + question.key();
		};
	}

}
