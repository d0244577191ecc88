package org.datapact.classification.domain;

import java.util.UUID;

import org.datapact.classification.DatasetClassified;
import org.datapact.classification.Level;
import org.datapact.classification.StoredClassification;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.NotFoundException;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Import(QuestionnaireFixtures.class)
@RecordApplicationEvents
class ClassificationServiceTest {

	@Autowired
	ClassificationService classifications;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	QuestionnaireFixtures questionnaireFixtures;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	ApplicationEvents events;

	Team team;

	@BeforeEach
	void team() {
		this.team = this.questionnaireFixtures.team();
	}

	@Test
	void nothingIsStoredBeforeASubmissionAndSubmittingClassifiesWithTheRuleSetVersion() {
		assertThat(this.classifications.inputs(this.team.projectId())).isEmpty();
		assertThat(this.classifications.current(this.team.projectId())).isEmpty();
		this.questionnaireFixtures.completeAll(this.team, 2);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());

		StoredClassification stored = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(stored.trigger()).isEqualTo("submitted");
		assertThat(stored.ruleSetId()).isEqualTo(this.ruleSets.current().definition().id());
		assertThat(stored.ruleSetVersion()).isEqualTo(this.ruleSets.current().definition().version());
		assertThat(stored.questionnaireRevision()).isEqualTo(1);
		assertThat(stored.datasets()).hasSize(2);
		assertThat(stored.country()).isEqualTo("KE");
		var inputs = this.classifications.inputs(this.team.projectId()).orElseThrow();
		assertThat(inputs.datasets()).extracting((d) -> d.id())
			.containsExactlyElementsOf(stored.datasets().stream().map((d) -> d.datasetId()).toList());
		// completeAll answers "names" as a direct identifier: Secret, explained
		assertThat(stored.datasets()).allSatisfy((dataset) -> {
			assertThat(dataset.computedLevel()).isEqualTo(Level.SECRET);
			assertThat(dataset.finalLevel()).isEqualTo(Level.SECRET);
			assertThat(dataset.firedRules()).isNotEmpty();
			assertThat(dataset.firedRules().get(0).inputs()).isNotEmpty();
			assertThat(dataset.name()).startsWith("An answer to");
		});
		assertThat(stored.projectLevel()).isEqualTo(Level.SECRET);
		assertThat(this.events.stream(DatasetClassified.class)
			.filter((e) -> e.projectId().equals(this.team.projectId()))
			.count()).isEqualTo(2);

		this.questionnaires.accept(this.team.projectId(), this.team.scoper().current());
		StoredClassification accepted = this.classifications.current(this.team.projectId()).orElseThrow();
		assertThat(accepted.trigger()).isEqualTo("accepted");
		assertThat(accepted.runId()).isNotEqualTo(stored.runId());
		assertThat(this.classifications.history(this.team.projectId(), this.team.scoper().current())).hasSize(2);
		assertThat(this.classifications.classifiableProjects()).contains(this.team.projectId());
	}

	@Test
	void anotherOrganisationsProjectAnswersNotFoundLikeAMissingOne() {
		this.questionnaireFixtures.completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		var stranger = this.fixtures.user(this.fixtures.partner(), org.datapact.shared.Role.PARTNER);
		assertThatThrownBy(() -> this.classifications.current(this.team.projectId(), stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.classifications.history(this.team.projectId(), stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.classifications.current(UUID.randomUUID(), stranger.current()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.classifications.current(this.team.projectId(), this.team.partner().current())).isPresent();
	}

}
