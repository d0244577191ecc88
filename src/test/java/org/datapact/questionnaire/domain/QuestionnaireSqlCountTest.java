package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.UUID;

import org.datapact.questionnaire.GeneratedTemplates;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.datapact.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening and autosaving a questionnaire cost the same number of SQL statements whether
 * it has 20 questions or 200: nothing is loaded question by question.
 */
@IntegrationTest
@Import({ QuestionnaireFixtures.class, SqlStatementCounter.Configuration.class })
class QuestionnaireSqlCountTest {

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void openingAndSavingCostTheSameStatementsForTwentyOrTwoHundredQuestions() {
		long[] small = costs(20);
		long[] large = costs(200);
		assertThat(small[0]).as("statements to open").isPositive();
		assertThat(large).as("statements to open and to save, 200 vs 20 questions").containsExactly(small);
	}

	private long[] costs(int questions) {
		Team team = this.questionnaireFixtures.team();
		TemplateDefinition template = GeneratedTemplates.withQuestions("generated_" + Fixtures.unique(), questions);
		UUID templateId = GeneratedTemplates.publish(this.jdbc, template);
		this.questionnaires.open(team.projectId(), team.partner().current());
		GeneratedTemplates.use(this.jdbc, team.projectId(), templateId);
		for (Question question : template.questions()) {
			if (question.condition() == null) {
				this.questionnaires.save(team.projectId(), team.partner().current(),
						new AnswerInput(null, question.key(), List.of(GeneratedTemplates.answer(question)), 0));
			}
		}
		this.questionnaires.open(team.projectId(), team.partner().current());
		SqlStatementCounter.takeForThisThread();
		this.questionnaires.open(team.projectId(), team.partner().current());
		long open = SqlStatementCounter.takeForThisThread();
		SaveOutcome saved = this.questionnaires.save(team.projectId(), team.partner().current(),
				new AnswerInput(null, "q3", List.of("changed"), 1));
		long save = SqlStatementCounter.takeForThisThread();
		assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
		return new long[] { open, save };
	}

}
