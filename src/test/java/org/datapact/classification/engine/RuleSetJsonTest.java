package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.datapact.classification.Level;
import org.datapact.classification.domain.RuleSets;
import org.datapact.definition.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Rule sets survive a JSON round trip unchanged, and a broken rule set is refused with
 * every problem named by its place in the document.
 */
class RuleSetJsonTest {

	private static final String TEXT = "{\"en\": \"Text\", \"fr\": \"Texte\"}";

	@Test
	void theDefaultRuleSetSurvivesARoundTrip() {
		RuleSet original = RuleSets.loadDefault();
		String json = RuleSetJson.write(original);
		RuleSet read = RuleSetJson.read(json);
		assertThat(read).isEqualTo(original);
		assertThat(RuleSetJson.write(read)).isEqualTo(json);
	}

	@Test
	void aRuleSetBuiltInJavaSurvivesARoundTrip() {
		LocalizedText text = LocalizedText.of("Text", "Texte");
		RuleSet ruleSet = new RuleSet("built", 3, text, List.of("en", "fr"),
				Map.of("k", new Parameter(new BigDecimal("2.5"), text)),
				List.of(new Rule("every_kind", text, Level.CONFIDENTIAL, Scope.countries("ML"),
						Condition.all(Condition.in("aggregation", "aggregated"),
								Condition.any(Condition.contains("topics", "health"),
										Condition.not(Condition.answered("purpose"))),
								Condition.compare("smallest_count", Comparison.LE, "k"),
								Condition.compare("record_count", Comparison.GT, BigDecimal.TEN),
								new Condition.Count("indirect_identifiers", List.of("age", "sex"), Comparison.EQ,
										BigDecimal.ONE, null),
								Condition.context("drought"), Condition.country("ML", "NE")),
						text, "Reference")),
				List.of(new CombinationRule("pair", text, Level.SECRET, Scope.contexts("drought"),
						new Linkage(true, List.of(), true), Condition.in("aggregation", "record_level"),
						Condition.answered("name"), Condition.count("indirect_identifiers", Comparison.GE, "k"), text,
						"Reference")));
		String json = RuleSetJson.write(ruleSet);
		assertThat(json).contains("\"op\" : \"contains\"").contains("\"comparison\" : \"le\"");
		assertThat(RuleSetJson.read(json)).isEqualTo(ruleSet);
		assertThat(CompiledRuleSet.compile(RuleSetJson.read(json)).definition()).isEqualTo(ruleSet);
	}

	@Test
	void theTemplateOfTheBrokenCasesIsValid() {
		RuleSet ruleSet = RuleSetJson.read(ruleSet(rule("\"level\": \"SECRET\"", condition())));
		assertThat(ruleSet.rules()).hasSize(1);
		assertThat(ruleSet.parameters()).containsKey("k");
	}

	static Stream<Arguments> brokenRuleSets() {
		return Stream.of(Arguments.of("not JSON", "{\"id\": ", "(rule set)"),
				Arguments.of("trailing content", ruleSet(rule("\"level\": \"SECRET\"", condition())) + " {}",
						"(rule set)"),
				Arguments.of("an unknown kind of condition",
						ruleSet(rule("\"level\": \"SECRET\"", "{\"op\": \"script\", \"source\": \"rm -rf /\"}")),
						"rules[0].condition"),
				Arguments.of("a misspelt property", ruleSet(rule("\"levle\": \"SECRET\"", condition())), "levle"),
				Arguments.of("an unknown level", ruleSet(rule("\"level\": \"TOP_SECRET\"", condition())),
						"rules[0].level"),
				Arguments.of("a missing level", ruleSet(rule("\"scope\": {}", condition())),
						"rules[0].level: is required"),
				Arguments.of("a property given twice",
						ruleSet(rule("\"level\": \"SECRET\", \"level\": \"PUBLIC\"", condition())), "level"),
				Arguments.of("an unknown attribute",
						ruleSet(rule("\"level\": \"SECRET\"",
								"{\"op\": \"in\", \"attribute\": \"colour\", \"values\": [\"red\"]}")),
						"rules[0].condition.attribute: \"colour\" is not a dataset attribute"),
				Arguments.of("an option the question does not offer", ruleSet(rule("\"level\": \"SECRET\"",
						"{\"op\": \"in\", \"attribute\": \"protection_data\", \"values\": [\"yes\", \"maybe\"]}")),
						"rules[0].condition.values[1]: \"maybe\" is not an option of protection_data"),
				Arguments.of("\"in\" on a several-options question",
						ruleSet(rule("\"level\": \"SECRET\"",
								"{\"op\": \"in\", \"attribute\": \"topics\", \"values\": [\"health\"]}")),
						"use \"contains\""),
				Arguments.of("\"compare\" on a choice", ruleSet(rule("\"level\": \"SECRET\"",
						"{\"op\": \"compare\", \"attribute\": \"aggregation\", \"comparison\": \"lt\", \"value\": 3}")),
						"rules[0].condition.attribute: \"compare\" needs a number question"),
				Arguments.of("an undefined parameter", ruleSet(rule("\"level\": \"SECRET\"",
						"{\"op\": \"compare\", \"attribute\": \"smallest_count\", \"comparison\": \"lt\", \"param\": \"j\"}")),
						"rules[0].condition.param: \"j\" is not a parameter"),
				Arguments.of("both a value and a parameter", ruleSet(rule("\"level\": \"SECRET\"",
						"{\"op\": \"compare\", \"attribute\": \"smallest_count\", \"comparison\": \"lt\", \"param\": \"k\", \"value\": 3}")),
						"give either a \"value\" or a \"param\""),
				Arguments.of("an unknown comparison", ruleSet(rule("\"level\": \"SECRET\"",
						"{\"op\": \"compare\", \"attribute\": \"smallest_count\", \"comparison\": \"<\", \"value\": 3}")),
						"rules[0].condition.comparison"),
				Arguments.of("an empty \"all\"",
						ruleSet(rule("\"level\": \"SECRET\"", "{\"op\": \"all\", \"of\": []}")),
						"rules[0].condition.of: must not be empty"),
				Arguments.of("a null inside \"any\"",
						ruleSet(rule("\"level\": \"SECRET\"", "{\"op\": \"any\", \"of\": [null]}")),
						"rules[0].condition.of[0]: is required"),
				Arguments.of("conditions nested too deep",
						ruleSet(rule("\"level\": \"SECRET\"",
								"{\"op\": \"not\", \"condition\": ".repeat(17) + condition() + "}".repeat(17))),
						"nest at most 16"),
				Arguments.of("a missing French explanation",
						ruleSet(rule("\"level\": \"SECRET\"", condition()).replace("\"explanation\": " + TEXT,
								"\"explanation\": {\"en\": \"Only English\"}")),
						"rules[0].explanation.fr: is missing"),
				Arguments.of("a placeholder that is no parameter",
						ruleSet(rule("\"level\": \"SECRET\"", condition()).replace("\"explanation\": " + TEXT,
								"\"explanation\": {\"en\": \"Below {j}\", \"fr\": \"Sous {j}\"}")),
						"rules[0].explanation.en: {j} is not a parameter"),
				Arguments.of("two rules with one key",
						ruleSet(rule("\"level\": \"SECRET\"", condition()) + ", "
								+ rule("\"level\": \"PUBLIC\"", condition())),
						"rules[1].key: \"rule_one\" is used by another rule"),
				Arguments.of("a country that is not an ISO code",
						ruleSet(rule("\"level\": \"SECRET\", \"scope\": {\"countries\": [\"Kenya\"]}", condition())),
						"rules[0].scope.countries[0]: \"Kenya\" is not an ISO 3166-1 alpha-2 country code"),
				Arguments.of("a malformed context name",
						ruleSet(rule("\"level\": \"SECRET\", \"scope\": {\"contexts\": [\"Active Conflict\"]}",
								condition())),
						"rules[0].scope.contexts[0]"),
				Arguments.of("a version below 1",
						ruleSet(rule("\"level\": \"SECRET\"", condition())).replace("\"version\": 1", "\"version\": 0"),
						"version: must be 1 or more"),
				Arguments.of("a combination rule without linkage",
						ruleSet(rule("\"level\": \"SECRET\"", condition())).replace("\"rules\"",
								"\"combinationRules\": [{\"key\": \"pair\", \"level\": \"SECRET\", \"description\": "
										+ TEXT + ", \"one\": " + condition() + ", \"other\": " + condition()
										+ ", \"explanation\": " + TEXT + ", \"reference\": \"R\"}], \"rules\""),
						"combinationRules[0].linkage: is required"),
				Arguments.of("a linkage key the question does not offer",
						ruleSet(rule("\"level\": \"SECRET\"", condition())).replace("\"rules\"",
								"\"combinationRules\": [{\"key\": \"pair\", \"level\": \"SECRET\", \"description\": "
										+ TEXT + ", \"linkage\": {\"sharedKeys\": [\"passport\"]}, \"one\": "
										+ condition() + ", \"other\": " + condition() + ", \"explanation\": " + TEXT
										+ ", \"reference\": \"R\"}], \"rules\""),
						"combinationRules[0].linkage.sharedKeys[0]: \"passport\" is not an option of linkage_keys"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRuleSets")
	void aBrokenRuleSetIsRefusedNamingWhere(String name, String json, String expected) {
		InvalidRuleSetException refused = catchThrowableOfType(InvalidRuleSetException.class,
				() -> RuleSetJson.read(json));
		assertThat(refused).as(name).isNotNull();
		assertThat(refused.problems()).as(name).anySatisfy((problem) -> assertThat(problem).contains(expected));
		assertThat(refused.getMessage()).doesNotContain("tools.jackson").doesNotContain("org.datapact");
	}

	@Test
	void everyProblemIsListedNotOnlyTheFirst() {
		String json = ruleSet(rule("\"level\": \"SECRET\"",
				"{\"op\": \"all\", \"of\": [{\"op\": \"in\", \"attribute\": \"colour\", \"values\": [\"red\"]}, "
						+ "{\"op\": \"contains\", \"attribute\": \"topics\", \"values\": [\"weather\"]}]}")
			.replace("\"reference\": \"R\"", "\"reference\": \"\""));
		assertThatThrownBy(() -> RuleSetJson.read(json)).isInstanceOfSatisfying(InvalidRuleSetException.class,
				(ex) -> assertThat(ex.problems()).containsExactlyInAnyOrder(
						"rules[0].reference: is required (e.g. \"IOM Table A: Secret\")",
						"rules[0].condition.of[0].attribute: \"colour\" is not a dataset attribute",
						"rules[0].condition.of[1].values[0]: \"weather\" is not an option of topics "
								+ "(perceived_safety, armed_actors, movement_intentions, humanitarian_needs, health, "
								+ "political_views, legal_status, none)"));
	}

	@Test
	void compilingChecksTheRuleSetToo() {
		RuleSet broken = new RuleSet("broken", 1, LocalizedText.of("B", "B"), List.of("en", "fr"), Map.of(),
				List.of(new Rule("r", LocalizedText.of("D", "D"), Level.SECRET, null,
						Condition.compare("smallest_count", Comparison.LT, "k"), LocalizedText.of("E", "E"), "R")),
				List.of());
		assertThatThrownBy(() -> CompiledRuleSet.compile(broken)).isInstanceOf(InvalidRuleSetException.class)
			.hasMessageContaining("rules[0].condition.param: \"k\" is not a parameter");
	}

	static String ruleSet(String rules) {
		return """
				{"id": "test", "version": 1, "name": %s, "languages": ["en", "fr"],
				 "parameters": {"k": {"value": 5, "description": %s}},
				 "rules": [%s]}""".formatted(TEXT, TEXT, rules);
	}

	/** A rule whose key is rule_one, with extra properties (such as its level). */
	static String rule(String properties, String condition) {
		return """
				{"key": "rule_one", %s, "description": %s, "condition": %s, "explanation": %s, "reference": "R"}"""
			.formatted(properties, TEXT, condition, TEXT);
	}

	static String condition() {
		return "{\"op\": \"in\", \"attribute\": \"protection_data\", \"values\": [\"yes\"]}";
	}

}
