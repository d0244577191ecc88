package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.datapact.classification.LocalizedText;

/**
 * A version of the classification rules: its parameters, rules about single datasets and
 * combination rules about pairs. Texts shown to users must exist in every listed
 * language. A rule set is identified by its id and version; rule keys are stable across
 * versions.
 */
@JsonPropertyOrder({ "id", "version", "name", "languages", "parameters", "rules", "combinationRules" })
public record RuleSet(String id, int version, LocalizedText name, List<String> languages,
		Map<String, Parameter> parameters, List<Rule> rules, List<CombinationRule> combinationRules) {

	public RuleSet {
		languages = copy(languages);
		parameters = (parameters != null) ? Collections.unmodifiableMap(new TreeMap<>(parameters)) : Map.of();
		rules = copy(rules);
		combinationRules = copy(combinationRules);
	}

	/** The same rule set with one parameter's value changed. */
	public RuleSet withParameter(String name, BigDecimal value) {
		Parameter current = this.parameters.get(name);
		if (current == null) {
			throw new IllegalArgumentException("No parameter " + name);
		}
		Map<String, Parameter> changed = new TreeMap<>(this.parameters);
		changed.put(name, new Parameter(value, current.description()));
		return new RuleSet(this.id, this.version, this.name, this.languages, changed, this.rules,
				this.combinationRules);
	}

	/** The same rule set with other rules and combination rules. */
	public RuleSet withRules(List<Rule> rules, List<CombinationRule> combinationRules) {
		return new RuleSet(this.id, this.version, this.name, this.languages, this.parameters, rules, combinationRules);
	}

	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : List.of();
	}

}
