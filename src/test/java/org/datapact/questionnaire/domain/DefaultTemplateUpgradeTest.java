package org.datapact.questionnaire.domain;

import java.util.UUID;

import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.project.domain.ProjectService;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation whose newest questionnaire template is the one DataPact shipped before
 * receives the new shipped version at start-up as its next version: new questionnaires
 * ask what each dataset counts and which groups of people it describes, questionnaires
 * already started keep their version.
 */
@IntegrationTest
class DefaultTemplateUpgradeTest {

	@Autowired
	DefaultTemplateInstaller installer;

	@Autowired
	TemplateLibrary library;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTemplateShippedBeforeIsFollowedByTheNewOne() throws Exception {
		QuestionnaireFixtures questionnaireFixtures = new QuestionnaireFixtures(this.fixtures, this.projects,
				this.questionnaires);
		Team started = questionnaireFixtures.team();
		UUID before = this.questionnaires.open(started.projectId(), started.partner().current()).templateId();
		assertThat(before).isEqualTo(this.library.latestPublished(TemplateLibrary.DEFAULT_KEY));
		// as if the newest version were the one DataPact shipped before this one
		this.jdbc.sql("delete from shipped_definition where kind = ? and definition_key = ?")
			.params(DefaultTemplateInstaller.KIND, TemplateLibrary.DEFAULT_KEY)
			.update();
		this.jdbc.sql("insert into shipped_definition values (?, ?, 1, ?, 'PUBLISHED', now())")
			.params(DefaultTemplateInstaller.KIND, TemplateLibrary.DEFAULT_KEY, before)
			.update();
		int lastVersion = this.library.summary(before).version();

		this.installer.run(new DefaultApplicationArguments());

		UUID after = this.library.latestPublished(TemplateLibrary.DEFAULT_KEY);
		assertThat(after).isNotEqualTo(before);
		assertThat(this.library.summary(after).version()).isEqualTo(lastVersion + 1);
		assertThat(this.library.summary(after).publishedBy()).as("published by DataPact itself").isNull();
		assertThat(this.library.definition(after).question("counted_unit")).isPresent();
		assertThat(this.library.definition(after).question("community_groups")).isPresent();
		assertThat(this.questionnaires.open(started.projectId(), started.partner().current()).templateId())
			.as("a questionnaire keeps its version")
			.isEqualTo(before);
		Team fresh = questionnaireFixtures.team();
		assertThat(this.questionnaires.open(fresh.projectId(), fresh.partner().current()).templateId())
			.isEqualTo(after);

		this.installer.run(new DefaultApplicationArguments());
		assertThat(this.library.latestPublished(TemplateLibrary.DEFAULT_KEY)).as("once only").isEqualTo(after);
	}

}
