package org.datapact.classification.domain;

import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.ReviewItem;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * No silent Public, end to end: a dataset no rule determines is stored at the rule set's
 * default level with the reason, waits on the scopers' dashboard for a confirmation, and
 * a scoper's confirmation (at that level or another, with a justification) stands across
 * runs.
 */
@IntegrationTest
class UndeterminedDatasetsTest {

	@Autowired
	ClassificationService classifications;

	@Autowired
	ReviewQueue reviews;

	@Autowired
	OverrideService overrides;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Test
	void aDatasetNoRuleDeterminesWaitsForAScopersConfirmation() {
		QuestionnaireFixtures questionnaireFixtures = new QuestionnaireFixtures(this.fixtures, this.projects,
				this.questionnaires);
		Team team = questionnaireFixtures.team();
		questionnaireFixtures.completeAll(team, 2);
		UUID entry = this.questionnaires.open(team.projectId(), team.partner().current())
			.answers()
			.entries("datasets")
			.get(0)
			.id();
		// record-level answers at province level without identifiers: no rule says
		// anything
		questionnaireFixtures.answer(team, entry, "direct_identifiers", "none");
		questionnaireFixtures.answer(team, entry, "indirect_identifiers", "none");
		questionnaireFixtures.answer(team, entry, "community_groups", "none");
		questionnaireFixtures.answer(team, entry, "location_granularity", "admin1");
		questionnaireFixtures.answer(team, entry, "vulnerable_groups", "none");
		this.questionnaires.submit(team.projectId(), team.partner().current());
		String datasetId = entry.toString();
		StoredDataset stored = await()
			.until(() -> this.classifications.current(team.projectId()), java.util.Optional::isPresent)
			.orElseThrow()
			.dataset(datasetId)
			.orElseThrow();
		assertThat(stored.firedRules()).isEmpty();
		assertThat(stored.computedLevel()).isEqualTo(Level.CONFIDENTIAL);
		assertThat(stored.needsConfirmation()).isTrue();
		assertThat(stored.defaultLevel().description().texts().get("en"))
			.isEqualTo("No rule determined this dataset’s level.");
		assertThat(item(team)).satisfies((item) -> assertThat(item.unconfirmed()).isEqualTo(1));

		// the same level needs a justification too
		assertThatThrownBy(() -> this.overrides.change(team.scoper().current(), team.projectId(), datasetId,
				Level.CONFIDENTIAL, " "))
			.isInstanceOf(InvalidRequestException.class);
		assertThat(this.overrides.change(team.scoper().current(), team.projectId(), datasetId, Level.CONFIDENTIAL,
				"Checked with the partner: provincial records of service use, not for publication."))
			.isEqualTo(OverrideService.Outcome.APPLIED);
		StoredClassification confirmed = this.classifications.current(team.projectId()).orElseThrow();
		assertThat(confirmed.dataset(datasetId).orElseThrow().needsConfirmation()).isFalse();
		assertThat(confirmed.dataset(datasetId).orElseThrow().finalLevel()).isEqualTo(Level.CONFIDENTIAL);
		assertThat(item(team)).isNull();

		// the confirmation stands across runs while the computed level stays the same
		this.classifications.runOnDemand(team.scoper().current(), team.projectId());
		assertThat(this.classifications.current(team.projectId())
			.orElseThrow()
			.dataset(datasetId)
			.orElseThrow()
			.needsConfirmation()).isFalse();
		// a level a rule determined has nothing to confirm
		String other = confirmed.datasets()
			.stream()
			.map(StoredDataset::datasetId)
			.filter((id) -> !id.equals(datasetId))
			.findFirst()
			.orElseThrow();
		Level otherLevel = confirmed.dataset(other).orElseThrow().finalLevel();
		assertThatThrownBy(
				() -> this.overrides.change(team.scoper().current(), team.projectId(), other, otherLevel, "Same level"))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.override.level.unchanged"));
	}

	private ReviewItem item(Team team) {
		// every page of the reviews due, as the dashboard would page through them
		ListPage<ReviewItem> page = this.reviews.needingAttention(team.scoper().current(),
				PageQuery.firstOf(PageQuery.MAX_SIZE));
		while (true) {
			for (ReviewItem item : page.items()) {
				if (item.projectId().equals(team.projectId())) {
					return item;
				}
			}
			if (!page.hasNext()) {
				return null;
			}
			page = this.reviews.needingAttention(team.scoper().current(),
					new PageQuery(page.page() + 1, PageQuery.MAX_SIZE, null, false));
		}
	}

}
