package org.datapact.classification.domain;

import java.util.ArrayList;
import java.util.List;

import org.datapact.classification.engine.Attribute;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.definition.Problem;
import org.datapact.questionnaire.InventoryOutline;
import org.datapact.questionnaire.InventoryOutline.AnswerKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dataset inventory contract against the shipped rule set: an inventory that asks
 * every attribute as the catalogue describes it passes; one that drops what a rule reads,
 * offers an answer the rules cannot read, or asks an attribute as another type fails,
 * each with the template's place and the reason.
 */
class InventoryContractTests {

	private static final String GROUP = "datasets_section/datasets";

	private final InventoryContract contract = new InventoryContract(RuleSets::loadDefault);

	/** The inventory exactly as the catalogue describes it. */
	static List<InventoryOutline.Question> asCatalogued() {
		List<InventoryOutline.Question> questions = new ArrayList<>();
		for (Attribute attribute : AttributeCatalog.datasetInventory().attributes()) {
			AnswerKind kind = switch (attribute.type()) {
				case TEXT -> AnswerKind.TEXT;
				case CHOICE -> AnswerKind.ONE_OPTION;
				case MULTI -> AnswerKind.SEVERAL_OPTIONS;
				case YNU -> AnswerKind.YES_NO_UNKNOWN;
				case NUMBER -> AnswerKind.NUMBER;
				case DATE -> AnswerKind.DATE;
			};
			questions.add(question(attribute.key(), kind, attribute.options()));
		}
		return questions;
	}

	static InventoryOutline.Question question(String key, AnswerKind kind, List<String> options) {
		return new InventoryOutline.Question(key, GROUP + "/" + key, kind, options);
	}

	private List<Problem> check(List<InventoryOutline.Question> questions) {
		return this.contract.check(new InventoryOutline(GROUP, questions));
	}

	private static List<InventoryOutline.Question> replaced(String key, InventoryOutline.Question by) {
		List<InventoryOutline.Question> questions = new ArrayList<>(asCatalogued());
		questions.removeIf((question) -> question.key().equals(key));
		if (by != null) {
			questions.add(by);
		}
		return questions;
	}

	@Test
	void anInventoryAskingWhatTheCatalogueDescribesPasses() {
		assertThat(check(asCatalogued())).isEmpty();
		List<InventoryOutline.Question> more = new ArrayList<>(asCatalogued());
		more.add(question("funding_source", AnswerKind.TEXT, List.of()));
		assertThat(check(more)).as("questions outside the contract are free").isEmpty();
	}

	@Test
	void droppingWhatARuleReadsIsRefusedAtTheInventory() {
		assertThat(check(replaced("direct_identifiers", null))).isNotEmpty().allSatisfy((problem) -> {
			assertThat(problem.path()).isEqualTo(GROUP);
			assertThat(problem.messageKey()).isEqualTo("classification.inventory.read");
			assertThat(problem.arguments().get(0).toString()).matches("(rules|combinationRules)\\[.*");
		});
		assertThat(check(replaced("description", null))).as("nothing reads it").isEmpty();
	}

	@Test
	void droppingAnOptionARuleTestsIsRefused() {
		Attribute identifiers = AttributeCatalog.datasetInventory()
			.get(AttributeCatalog.datasetInventory().indexOf("direct_identifiers"));
		List<String> withoutNames = identifiers.options().stream().filter((o) -> !o.equals("names")).toList();
		assertThat(check(replaced("direct_identifiers",
				question("direct_identifiers", AnswerKind.SEVERAL_OPTIONS, withoutNames))))
			.isNotEmpty()
			.allSatisfy((problem) -> assertThat(problem.messageKey()).isEqualTo("classification.inventory.read"));
	}

	@Test
	void anAnswerTheRulesCannotReadIsRefusedAtItsQuestion() {
		Attribute aggregation = AttributeCatalog.datasetInventory()
			.get(AttributeCatalog.datasetInventory().indexOf("aggregation"));
		List<String> more = new ArrayList<>(aggregation.options());
		more.add("synthetic");
		assertThat(check(replaced("aggregation", question("aggregation", AnswerKind.ONE_OPTION, more))))
			.containsExactly(
					Problem.of(GROUP + "/aggregation", "classification.inventory.option", "synthetic", "aggregation"));
	}

	@Test
	void anAttributeAskedAsAnotherKindIsRefusedOnce() {
		List<Problem> problems = check(
				replaced("smallest_count", question("smallest_count", AnswerKind.TEXT, List.of())));
		assertThat(problems).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).isEqualTo(GROUP + "/smallest_count");
			assertThat(problem.messageKey()).isEqualTo("classification.inventory.kind");
			assertThat(problem.arguments().get(0)).isEqualTo("smallest_count");
		});
	}

	@Test
	void aTemplateWithoutAnInventoryIsRefused() {
		assertThat(this.contract.check(new InventoryOutline(null, List.of()))).extracting(Problem::messageKey)
			.containsExactly("classification.inventory.missing");
	}

}
