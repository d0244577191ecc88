package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.datapact.classification.DefaultLevel;
import org.datapact.definition.LocalizedText;

/**
 * A version of the classification rules: its parameters, the level of a dataset that no
 * rule determines ({@code defaultLevel}; a rule set without one leaves such a dataset
 * Public, as the first rule sets did), rules about single datasets and combination rules
 * about datasets taken together. Texts shown to users must exist in every listed
 * language. A rule set is identified by its id and version; rule keys are stable across
 * versions.
 */
@JsonPropertyOrder({ "id", "version", "name", "languages", "parameters", "defaultLevel", "rules", "combinationRules" })
public record RuleSet(String id, int version, LocalizedText name, List<String> languages,
		Map<String, Parameter> parameters, DefaultLevel defaultLevel, List<Rule> rules,
		List<CombinationRule> combinationRules) {

	public RuleSet {
		languages = copy(languages);
		parameters = (parameters != null) ? Collections.unmodifiableMap(new TreeMap<>(parameters)) : Map.of();
		rules = copy(rules);
		combinationRules = copy(combinationRules);
	}

	/** A rule set without a default level. */
	public RuleSet(String id, int version, LocalizedText name, List<String> languages,
			Map<String, Parameter> parameters, List<Rule> rules, List<CombinationRule> combinationRules) {
		this(id, version, name, languages, parameters, null, rules, combinationRules);
	}

	/** The same rule set with one parameter's value changed. */
	public RuleSet withParameter(String name, BigDecimal value) {
		Parameter current = this.parameters.get(name);
		if (current == null) {
			throw new IllegalArgumentException("No parameter " + name);
		}
		Map<String, Parameter> changed = new TreeMap<>(this.parameters);
		changed.put(name, new Parameter(value, current.description()));
		return new RuleSet(this.id, this.version, this.name, this.languages, changed, this.defaultLevel, this.rules,
				this.combinationRules);
	}

	/** The same rule set with other rules and combination rules. */
	public RuleSet withRules(List<Rule> rules, List<CombinationRule> combinationRules) {
		return new RuleSet(this.id, this.version, this.name, this.languages, this.parameters, this.defaultLevel, rules,
				combinationRules);
	}

	/** The same rule set with another version number. */
	public RuleSet withVersion(int number) {
		return new RuleSet(this.id, number, this.name, this.languages, this.parameters, this.defaultLevel, this.rules,
				this.combinationRules);
	}

	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.of();
	}

}
