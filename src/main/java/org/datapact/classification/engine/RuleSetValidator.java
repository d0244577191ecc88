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

import org.datapact.classification.LocalizedText;

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

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final AttributeCatalog catalog;

	private final RuleSet ruleSet;

	private final List<String> problems = new ArrayList<>();

	private RuleSetValidator(AttributeCatalog catalog, RuleSet ruleSet) {
		this.catalog = catalog;
		this.ruleSet = ruleSet;
	}

	/** Every problem of the rule set; empty when it can be used. */
	static List<String> problems(RuleSet ruleSet, AttributeCatalog catalog) {
		RuleSetValidator validator = new RuleSetValidator(catalog, ruleSet);
		validator.check();
		return validator.problems;
	}

	private void check() {
		if (this.ruleSet.id() == null || !KEY.matcher(this.ruleSet.id()).matches()) {
			problem("id", "must be lower-case letters, digits, '_', '.' or '-', starting with a letter");
		}
		if (this.ruleSet.version() < 1) {
			problem("version", "must be 1 or more");
		}
		if (this.ruleSet.languages().isEmpty()) {
			problem("languages", "must list at least one language");
		}
		for (int i = 0; i < this.ruleSet.languages().size(); i++) {
			String language = this.ruleSet.languages().get(i);
			if (language == null || !LANGUAGE.matcher(language).matches()) {
				problem("languages[" + i + "]", "must be a two-letter language code");
			}
		}
		text("name", this.ruleSet.name());
		this.ruleSet.parameters().forEach((name, parameter) -> {
			String path = "parameters." + name;
			if (!NAME.matcher(name).matches()) {
				problem(path, "a parameter name must be lower-case letters, digits or '_', starting with a letter");
			}
			if (parameter == null || parameter.value() == null) {
				problem(path + ".value", "is required");
			}
			else {
				text(path + ".description", parameter.description());
			}
		});
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
			problem(path, "is empty");
			return;
		}
		common(path, rule.key(), rule.level(), rule.description(), rule.explanation(), rule.reference(), rule.scope(),
				keys);
		condition(path + ".condition", rule.condition(), 1);
	}

	private void combinationRule(String path, CombinationRule rule, Set<String> keys) {
		if (rule == null) {
			problem(path, "is empty");
			return;
		}
		common(path, rule.key(), rule.level(), rule.description(), rule.explanation(), rule.reference(), rule.scope(),
				keys);
		if (rule.linkage() == null) {
			problem(path + ".linkage", "is required (say how the two datasets can be linked)");
		}
		else if (rule.linkage().sharedKeys() != null) {
			int linkageKeys = this.catalog.indexOf(AttributeCatalog.LINKAGE_KEYS);
			List<String> shared = rule.linkage().sharedKeys();
			for (int i = 0; i < shared.size(); i++) {
				if (linkageKeys < 0 || shared.get(i) == null || Attribute.NONE.equals(shared.get(i))
						|| this.catalog.optionIndex(linkageKeys, shared.get(i)) < 0) {
					problem(path + ".linkage.sharedKeys[" + i + "]",
							quote(shared.get(i)) + " is not an option of " + AttributeCatalog.LINKAGE_KEYS);
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
			String reference, Scope scope, Set<String> keys) {
		if (key == null || !KEY.matcher(key).matches()) {
			problem(path + ".key", "must be lower-case letters, digits, '_', '.' or '-', starting with a letter");
		}
		else if (!keys.add(key)) {
			problem(path + ".key", quote(key) + " is used by another rule");
		}
		if (level == null) {
			problem(path + ".level", "is required (PUBLIC, CONFIDENTIAL or SECRET)");
		}
		text(path + ".description", description);
		text(path + ".explanation", explanation);
		if (reference == null || reference.isBlank()) {
			problem(path + ".reference", "is required (e.g. \"IOM Table A: Secret\")");
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
			problem(path, "is required");
			return;
		}
		if (depth > MAX_DEPTH) {
			problem(path, "conditions may nest at most " + MAX_DEPTH + " levels deep");
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
				problem(path + ".attribute", "\"in\" needs a one-option question; " + in.attribute() + " is "
						+ this.catalog.get(attribute).type() + (isMulti(attribute) ? " (use \"contains\")" : ""));
			}
			else if (attribute >= 0) {
				options(path + ".values", attribute, in.values(), true);
			}
		}
		else if (condition instanceof Condition.Contains contains) {
			int attribute = attribute(path, contains.attribute());
			if (attribute >= 0 && !isMulti(attribute)) {
				problem(path + ".attribute", "\"contains\" needs a several-options question; " + contains.attribute()
						+ " is " + this.catalog.get(attribute).type());
			}
			else if (attribute >= 0) {
				options(path + ".values", attribute, contains.values(), true);
			}
		}
		else if (condition instanceof Condition.Count count) {
			int attribute = attribute(path, count.attribute());
			if (attribute >= 0 && !isMulti(attribute)) {
				problem(path + ".attribute", "\"count\" needs a several-options question; " + count.attribute() + " is "
						+ this.catalog.get(attribute).type());
			}
			else if (attribute >= 0 && count.among() != null) {
				options(path + ".among", attribute, count.among(), true);
			}
			threshold(path, count.comparison(), count.value(), count.param());
		}
		else if (condition instanceof Condition.Compare compare) {
			int attribute = attribute(path, compare.attribute());
			if (attribute >= 0 && this.catalog.get(attribute).type() != AttributeType.NUMBER) {
				problem(path + ".attribute", "\"compare\" needs a number question; " + compare.attribute() + " is "
						+ this.catalog.get(attribute).type());
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
			problem(path + ".attribute", "is required");
			return -1;
		}
		int index = this.catalog.indexOf(key);
		if (index < 0) {
			problem(path + ".attribute", quote(key) + " is not a dataset attribute");
		}
		return index;
	}

	private void options(String path, int attribute, List<String> options, boolean required) {
		if (options == null || options.isEmpty()) {
			if (required) {
				problem(path, "must list at least one option");
			}
			return;
		}
		Attribute definition = this.catalog.get(attribute);
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			if (option == null || this.catalog.optionIndex(attribute, option) < 0) {
				problem(path + "[" + i + "]", quote(option) + " is not an option of " + definition.key() + " ("
						+ String.join(", ", definition.options()) + ")");
			}
		}
	}

	private void threshold(String path, Comparison comparison, BigDecimal value, String param) {
		if (comparison == null) {
			problem(path + ".comparison", "is required (lt, le, eq, ge or gt)");
		}
		if ((value == null) == (param == null)) {
			problem(path, "give either a \"value\" or a \"param\", not both");
		}
		else if (param != null && !this.ruleSet.parameters().containsKey(param)) {
			problem(path + ".param", quote(param) + " is not a parameter of the rule set");
		}
	}

	private void country(String path, String country) {
		if (country == null || !COUNTRIES.contains(country)) {
			problem(path, quote(country) + " is not an ISO 3166-1 alpha-2 country code (upper case)");
		}
	}

	private void context(String path, String context) {
		if (context == null || !NAME.matcher(context).matches()) {
			problem(path, quote(context) + " is not a context name (lower-case letters, digits or '_')");
		}
	}

	private boolean nonEmpty(String path, List<?> list) {
		if (list == null || list.isEmpty()) {
			problem(path, "must not be empty");
			return false;
		}
		return true;
	}

	private void text(String path, LocalizedText text) {
		if (text == null) {
			problem(path, "is required in " + String.join(", ", this.ruleSet.languages()));
			return;
		}
		for (String language : this.ruleSet.languages()) {
			if (language != null && !text.has(language)) {
				problem(path + "." + language, "is missing");
			}
		}
		for (Map.Entry<String, String> entry : text.texts().entrySet()) {
			if (entry.getValue() == null) {
				continue;
			}
			Matcher placeholder = PLACEHOLDER.matcher(entry.getValue());
			while (placeholder.find()) {
				if (!this.ruleSet.parameters().containsKey(placeholder.group(1))) {
					problem(path + "." + entry.getKey(), "{" + placeholder.group(1) + "} is not a parameter");
				}
			}
		}
	}

	private static String quote(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

	private void problem(String path, String message) {
		this.problems.add(path + ": " + message);
	}

}
