package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datapact.classification.DefaultLevel;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.Problem;

/**
 * Checks a rule set against an attribute catalogue and lists every problem with its path:
 * keys well-formed and unique, levels and texts present in every language, attributes
 * known, operators fit for the attribute's type, options offered by the question,
 * parameters defined, scopes well-formed.
 */
final class RuleSetValidator {

	/** Rule keys, parameter names and context names. */
	static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	static final int MAX_DEPTH = 16;

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_.-]{0,99}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private static final String ANSWER = "answer:";

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final AttributeCatalog catalog;

	private final RuleSet ruleSet;

	private final List<Problem> problems = new ArrayList<>();

	private RuleSetValidator(AttributeCatalog catalog, RuleSet ruleSet) {
		this.catalog = catalog;
		this.ruleSet = ruleSet;
	}

	/** Every problem of the rule set; empty when it can be used. */
	static List<Problem> problems(RuleSet ruleSet, AttributeCatalog catalog) {
		RuleSetValidator validator = new RuleSetValidator(catalog, ruleSet);
		validator.check();
		return validator.problems;
	}

	private void check() {
		if (this.ruleSet.id() == null || !KEY.matcher(this.ruleSet.id()).matches()) {
			problem("id", "keyFormat");
		}
		if (this.ruleSet.version() < 1) {
			problem("version", "versionMin");
		}
		if (this.ruleSet.languages().isEmpty()) {
			problem("languages", "languagesEmpty");
		}
		for (int i = 0; i < this.ruleSet.languages().size(); i++) {
			String language = this.ruleSet.languages().get(i);
			if (language == null || !LANGUAGE.matcher(language).matches()) {
				problem("languages[" + i + "]", "languageFormat");
			}
		}
		text("name", this.ruleSet.name());
		this.ruleSet.parameters().forEach((name, parameter) -> {
			String path = "parameters." + name;
			if (!NAME.matcher(name).matches()) {
				problem(path, "parameterName");
			}
			if (parameter == null || parameter.value() == null) {
				problem(path + ".value", "required");
			}
			else {
				text(path + ".description", parameter.description());
			}
		});
		DefaultLevel fallback = this.ruleSet.defaultLevel();
		if (fallback != null) {
			if (fallback.level() == null) {
				problem("defaultLevel.level", "levelRequired");
			}
			text("defaultLevel.description", fallback.description());
			text("defaultLevel.explanation", fallback.explanation());
			if (fallback.reference() == null || fallback.reference().isBlank()) {
				problem("defaultLevel.reference", "referenceRequired");
			}
		}
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < this.ruleSet.rules().size(); i++) {
			rule("rules[" + i + "]", this.ruleSet.rules().get(i), keys);
		}
		for (int i = 0; i < this.ruleSet.combinationRules().size(); i++) {
			combinationRule("combinationRules[" + i + "]", this.ruleSet.combinationRules().get(i), keys);
		}
	}

	private void rule(String path, Rule rule, Set<String> keys) {
		if (rule == null) {
			problem(path, "empty");
			return;
		}
		common(path, rule.key(), rule.level(), rule.description(), rule.explanation(), rule.reference(), rule.scope(),
				keys, AnswerText.askedOptions(rule.condition()).keySet());
		condition(path + ".condition", rule.condition(), 1);
	}

	private void combinationRule(String path, CombinationRule rule, Set<String> keys) {
		if (rule == null) {
			problem(path, "empty");
			return;
		}
		common(path, rule.key(), rule.level(), rule.description(), rule.explanation(), rule.reference(), rule.scope(),
				keys, Set.of());
		if (rule.linkage() == null) {
			problem(path + ".linkage", "linkageRequired");
		}
		else if (rule.linkage().sharedKeys() != null) {
			int linkageKeys = this.catalog.indexOf(AttributeCatalog.LINKAGE_KEYS);
			List<String> shared = rule.linkage().sharedKeys();
			for (int i = 0; i < shared.size(); i++) {
				if (linkageKeys < 0 || shared.get(i) == null || Attribute.NONE.equals(shared.get(i))
						|| this.catalog.optionIndex(linkageKeys, shared.get(i)) < 0) {
					problem(path + ".linkage.sharedKeys[" + i + "]", "notAnOption", quote(shared.get(i)),
							AttributeCatalog.LINKAGE_KEYS);
				}
			}
		}
		condition(path + ".one", rule.one(), 1);
		condition(path + ".other", rule.other(), 1);
		if (rule.combined() != null) {
			condition(path + ".combined", rule.combined(), 1);
		}
	}

	private void common(String path, String key, Object level, LocalizedText description, LocalizedText explanation,
			String reference, Scope scope, Set<String> keys, Set<String> answerable) {
		if (key == null || !KEY.matcher(key).matches()) {
			problem(path + ".key", "keyFormat");
		}
		else if (!keys.add(key)) {
			problem(path + ".key", "keyDuplicate", quote(key));
		}
		if (level == null) {
			problem(path + ".level", "levelRequired");
		}
		text(path + ".description", description, answerable);
		text(path + ".explanation", explanation, answerable);
		if (reference == null || reference.isBlank()) {
			problem(path + ".reference", "referenceRequired");
		}
		for (int i = 0; i < scope.countries().size(); i++) {
			country(path + ".scope.countries[" + i + "]", scope.countries().get(i));
		}
		for (int i = 0; i < scope.contexts().size(); i++) {
			context(path + ".scope.contexts[" + i + "]", scope.contexts().get(i));
		}
	}

	private void condition(String path, Condition condition, int depth) {
		if (condition == null) {
			problem(path, "required");
			return;
		}
		if (depth > MAX_DEPTH) {
			problem(path, "tooDeep", String.valueOf(MAX_DEPTH));
			return;
		}
		if (condition instanceof Condition.All all) {
			conditions(path, all.of(), depth);
		}
		else if (condition instanceof Condition.Any any) {
			conditions(path, any.of(), depth);
		}
		else if (condition instanceof Condition.Not not) {
			condition(path + ".condition", not.condition(), depth + 1);
		}
		else if (condition instanceof Condition.In in) {
			int attribute = attribute(path, in.attribute());
			if (attribute >= 0 && !this.catalog.get(attribute).type().isSingleOption()) {
				problem(path + ".attribute", isMulti(attribute) ? "inNeedsOneOptionUseContains" : "inNeedsOneOption",
						in.attribute(), this.catalog.get(attribute).type().name());
			}
			else if (attribute >= 0) {
				options(path + ".values", attribute, in.values(), true);
			}
		}
		else if (condition instanceof Condition.Contains contains) {
			int attribute = attribute(path, contains.attribute());
			if (attribute >= 0 && !isMulti(attribute)) {
				problem(path + ".attribute", "containsNeedsSeveral", contains.attribute(),
						this.catalog.get(attribute).type().name());
			}
			else if (attribute >= 0) {
				options(path + ".values", attribute, contains.values(), true);
			}
		}
		else if (condition instanceof Condition.Count count) {
			int attribute = attribute(path, count.attribute());
			if (attribute >= 0 && !isMulti(attribute)) {
				problem(path + ".attribute", "countNeedsSeveral", count.attribute(),
						this.catalog.get(attribute).type().name());
			}
			else if (attribute >= 0 && count.among() != null) {
				options(path + ".among", attribute, count.among(), true);
			}
			threshold(path, count.comparison(), count.value(), count.param());
		}
		else if (condition instanceof Condition.Compare compare) {
			int attribute = attribute(path, compare.attribute());
			if (attribute >= 0 && this.catalog.get(attribute).type() != AttributeType.NUMBER) {
				problem(path + ".attribute", "compareNeedsNumber", compare.attribute(),
						this.catalog.get(attribute).type().name());
			}
			threshold(path, compare.comparison(), compare.value(), compare.param());
		}
		else if (condition instanceof Condition.Answered answered) {
			attribute(path, answered.attribute());
		}
		else if (condition instanceof Condition.InContext context) {
			if (nonEmpty(path + ".anyOf", context.anyOf())) {
				for (int i = 0; i < context.anyOf().size(); i++) {
					context(path + ".anyOf[" + i + "]", context.anyOf().get(i));
				}
			}
		}
		else if (condition instanceof Condition.InCountry country) {
			if (nonEmpty(path + ".anyOf", country.anyOf())) {
				for (int i = 0; i < country.anyOf().size(); i++) {
					country(path + ".anyOf[" + i + "]", country.anyOf().get(i));
				}
			}
		}
	}

	private void conditions(String path, List<Condition> conditions, int depth) {
		if (nonEmpty(path + ".of", conditions)) {
			for (int i = 0; i < conditions.size(); i++) {
				condition(path + ".of[" + i + "]", conditions.get(i), depth + 1);
			}
		}
	}

	private boolean isMulti(int attribute) {
		return this.catalog.get(attribute).type() == AttributeType.MULTI;
	}

	private int attribute(String path, String key) {
		if (key == null) {
			problem(path + ".attribute", "required");
			return -1;
		}
		int index = this.catalog.indexOf(key);
		if (index < 0) {
			problem(path + ".attribute", "unknownAttribute", quote(key));
		}
		return index;
	}

	private void options(String path, int attribute, List<String> options, boolean required) {
		if (options == null || options.isEmpty()) {
			if (required) {
				problem(path, "optionsEmpty");
			}
			return;
		}
		Attribute definition = this.catalog.get(attribute);
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			if (option == null || this.catalog.optionIndex(attribute, option) < 0) {
				problem(path + "[" + i + "]", "notAnOptionOf", quote(option), definition.key(),
						String.join(", ", definition.options()));
			}
		}
	}

	private void threshold(String path, Comparison comparison, BigDecimal value, String param) {
		if (comparison == null) {
			problem(path + ".comparison", "comparisonRequired");
		}
		if ((value == null) == (param == null)) {
			problem(path, "valueOrParam");
		}
		else if (param != null && !this.ruleSet.parameters().containsKey(param)) {
			problem(path + ".param", "unknownParam", quote(param));
		}
	}

	private void country(String path, String country) {
		if (country == null || !COUNTRIES.contains(country)) {
			problem(path, "countryFormat", quote(country));
		}
	}

	private void context(String path, String context) {
		if (context == null || !NAME.matcher(context).matches()) {
			problem(path, "contextFormat", quote(context));
		}
	}

	private boolean nonEmpty(String path, List<?> list) {
		if (list == null || list.isEmpty()) {
			problem(path, "listEmpty");
			return false;
		}
		return true;
	}

	private void text(String path, LocalizedText text) {
		text(path, text, Set.of());
	}

	/**
	 * A text in every language whose placeholders are parameters or, in a rule's texts,
	 * answers its condition asks about ({@code {answer:key}}).
	 */
	private void text(String path, LocalizedText text, Set<String> answerable) {
		if (text == null) {
			problem(path, "textRequired", String.join(", ", this.ruleSet.languages()));
			return;
		}
		for (String language : this.ruleSet.languages()) {
			if (language != null && !text.has(language)) {
				problem(path + "." + language, "textMissing");
			}
		}
		for (Map.Entry<String, String> entry : text.texts().entrySet()) {
			if (entry.getValue() == null) {
				continue;
			}
			Matcher placeholder = PLACEHOLDER.matcher(entry.getValue());
			while (placeholder.find()) {
				String name = placeholder.group(1);
				if (name.startsWith(ANSWER)) {
					answers(path + "." + entry.getKey(), name, answerable);
				}
				else if (!this.ruleSet.parameters().containsKey(name)) {
					problem(path + "." + entry.getKey(), "placeholderUnknown", name);
				}
			}
		}
	}

	private void answers(String path, String placeholder, Set<String> answerable) {
		String[] keys = placeholder.substring(ANSWER.length()).split(",", -1);
		for (String key : keys) {
			String attribute = key.strip();
			int index = this.catalog.indexOf(attribute);
			if (index < 0 || !this.catalog.get(index).type().hasOptions() || !answerable.contains(attribute)) {
				problem(path, "placeholderAnswer", placeholder, attribute);
			}
		}
	}

	private static String quote(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

	private void problem(String path, String code, String... arguments) {
		this.problems.add(RuleSetProblems.problem(path, code, arguments));
	}

}
