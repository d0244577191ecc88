package org.datapact.questionnaire.domain;

import java.util.List;
import java.util.Locale;

import org.datapact.definition.Problem;
import org.datapact.definition.PublishOutcome;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing the questionnaire template projects start from is refused while its dataset
 * inventory no longer carries what the classification rules read: the draft lists the
 * problem where the admin fixes it, and nothing is published.
 */
@IntegrationTest
class TemplateInventoryContractTest {

	@Autowired
	TemplateAdminService templates;

	@Autowired
	TemplateLibrary library;

	@Autowired
	TemplateVersions versions;

	@Autowired
	MessageSource messages;

	@Autowired
	Fixtures fixtures;

	private TestUser admin;

	@BeforeEach
	void admin() {
		this.admin = this.fixtures.admin();
		discardDraft();
	}

	@AfterEach
	void discardDraft() {
		this.versions.draftOf(TemplateLibrary.DEFAULT_KEY)
			.ifPresent((draft) -> this.templates.discard(this.admin.current(), draft.id(), draft.lockVersion()));
	}

	@Test
	void theShippedTemplateCarriesWhatTheShippedRulesRead() {
		TemplateSummary draft = this.templates.createDraft(this.admin.current(),
				this.library.latestPublished(TemplateLibrary.DEFAULT_KEY));
		assertThat(this.templates.view(this.admin.current(), draft.id()).problems()).isEmpty();
	}

	@Test
	void droppingAnAnswerTheRulesReadIsRefusedWithAProblemLine() {
		TemplateSummary draft = this.templates.createDraft(this.admin.current(),
				this.library.latestPublished(TemplateLibrary.DEFAULT_KEY));
		TemplateSummary edited = this.templates.edit(this.admin.current(), draft.id(), draft.lockVersion(),
				new TemplateEdit.RemoveQuestion("security_data"));

		List<Problem> listed = this.templates.view(this.admin.current(), draft.id()).problems();
		assertThat(listed).isNotEmpty()
			.allSatisfy((problem) -> assertThat(problem.path()).isEqualTo("datasets_section/datasets"));
		assertThat(listed).extracting(Problem::messageKey).containsOnly("classification.inventory.read");
		String message = this.messages.getMessage(listed.get(0).messageKey(), listed.get(0).argumentArray(),
				Locale.ENGLISH);
		assertThat(message).startsWith("The classification rules in force would no longer work at rules[")
			.contains("\"security_data\" is not a dataset attribute");

		PublishOutcome outcome = this.templates.publish(this.admin.current(), draft.id(), edited.lockVersion());
		assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Refused.class,
				(refused) -> assertThat(refused.problems()).isEqualTo(listed));
		assertThat(this.versions.find(draft.id()).isDraft()).as("nothing was published").isTrue();
	}

	@Test
	void anAnswerTheRulesCannotReadIsRefusedAtItsQuestion() {
		TemplateSummary draft = this.templates.createDraft(this.admin.current(),
				this.library.latestPublished(TemplateLibrary.DEFAULT_KEY));
		TemplateDefinition template = this.library.definition(draft.id());
		Question aggregation = template.question("aggregation").orElseThrow();
		java.util.List<Option> options = new java.util.ArrayList<>(aggregation.options());
		options.add(new Option("synthetic", org.datapact.definition.LocalizedText.of("Synthetic", "Synthétique")));
		TemplateSummary edited = this.templates.edit(this.admin.current(), draft.id(), draft.lockVersion(),
				new TemplateEdit.UpdateQuestion("aggregation",
						new Question(aggregation.key(), aggregation.type(), aggregation.label(), aggregation.guidance(),
								aggregation.required(), options, aggregation.number(), aggregation.condition(),
								aggregation.questions())));

		PublishOutcome outcome = this.templates.publish(this.admin.current(), draft.id(), edited.lockVersion());
		assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Refused.class,
				(refused) -> assertThat(refused.problems())
					.containsExactly(Problem.of("datasets_section/datasets/aggregation",
							"classification.inventory.option", "synthetic", "aggregation")));
	}

}
