package org.datapact.classification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.datapact.classification.domain.RuleSetAdministration.RuleKind;
import org.datapact.classification.engine.CombinationRule;
import org.datapact.classification.engine.InvalidRuleSetException;
import org.datapact.classification.engine.Rule;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetJson;
import org.datapact.classification.engine.RuleSetProblems;
import org.datapact.definition.DefinitionEditRefused;
import org.datapact.shared.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The edits an admin makes to a draft rule set, as pure functions: each takes a rule set
 * and returns a new one. A rule that does not exist answers 404; a document that cannot
 * be read is refused with the path of each problem.
 */
final class RuleSetEditor {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RuleSetEditor() {
	}

	static RuleSet saveRule(RuleSet rules, Integer index, Rule rule) {
		List<Rule> list = new ArrayList<>(rules.rules());
		put(list, index, rule);
		return rules.withRules(list, rules.combinationRules());
	}

	static RuleSet saveCombinationRule(RuleSet rules, Integer index, CombinationRule rule) {
		List<CombinationRule> list = new ArrayList<>(rules.combinationRules());
		put(list, index, rule);
		return rules.withRules(rules.rules(), list);
	}

	static RuleSet removeRule(RuleSet rules, RuleKind kind, int index) {
		if (kind == RuleKind.RULE) {
			List<Rule> list = new ArrayList<>(rules.rules());
			checkIndex(list, index);
			list.remove(index);
			return rules.withRules(list, rules.combinationRules());
		}
		List<CombinationRule> list = new ArrayList<>(rules.combinationRules());
		checkIndex(list, index);
		list.remove(index);
		return rules.withRules(rules.rules(), list);
	}

	static RuleSet moveRule(RuleSet rules, RuleKind kind, int index, int delta) {
		if (kind == RuleKind.RULE) {
			List<Rule> list = new ArrayList<>(rules.rules());
			move(list, index, delta);
			return rules.withRules(list, rules.combinationRules());
		}
		List<CombinationRule> list = new ArrayList<>(rules.combinationRules());
		move(list, index, delta);
		return rules.withRules(rules.rules(), list);
	}

	static RuleSet saveParameters(RuleSet rules, Map<String, BigDecimal> values) {
		RuleSet changed = rules;
		for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
			if (!rules.parameters().containsKey(value.getKey())) {
				throw new DefinitionEditRefused(value.getKey(), "classification.ruleSet.noSuchParameter");
			}
			changed = changed.withParameter(value.getKey(), value.getValue());
		}
		return changed;
	}

	static RuleSet importJson(RuleSet rules, String json) {
		RuleSet imported = read(json);
		return new RuleSet(rules.id(), rules.version(), imported.name(), imported.languages(), imported.parameters(),
				imported.defaultLevel(), imported.rules(), imported.combinationRules());
	}

	static RuleSet saveRuleJson(RuleSet rules, RuleKind kind, Integer index, String json) {
		JsonNode rule;
		try {
			rule = JSON.readTree((json != null) ? json : "");
		}
		catch (JacksonException ex) {
			throw new DefinitionEditRefused(List.of(RuleSetProblems.problem("(rule)", "json",
					String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse(""))));
		}
		ObjectNode tree = (ObjectNode) JSON.readTree(RuleSetJson.write(rules));
		ArrayNode list = (ArrayNode) tree.get(listName(kind));
		if (list == null) {
			list = tree.putArray(listName(kind));
		}
		if (index == null) {
			list.add(rule);
		}
		else {
			if (index < 0 || index >= list.size()) {
				throw new NotFoundException("ClassificationRule", index);
			}
			list.set(index, rule);
		}
		return read(JSON.writeValueAsString(tree));
	}

	/** One rule as JSON. */
	static String ruleJson(RuleSet rules, RuleKind kind, int index) {
		JsonNode list = JSON.readTree(RuleSetJson.write(rules)).get(listName(kind));
		if (list == null || index < 0 || index >= list.size()) {
			throw new NotFoundException("ClassificationRule", index);
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list.get(index));
	}

	private static String listName(RuleKind kind) {
		return (kind == RuleKind.RULE) ? "rules" : "combinationRules";
	}

	/** A rule set someone supplied; each problem refuses the edit with its path. */
	private static RuleSet read(String json) {
		try {
			return RuleSetJson.read(json);
		}
		catch (InvalidRuleSetException ex) {
			throw new DefinitionEditRefused(ex.details());
		}
	}

	private static <T> void put(List<T> list, Integer index, T item) {
		if (index == null) {
			list.add(item);
		}
		else {
			checkIndex(list, index);
			list.set(index, item);
		}
	}

	private static <T> void move(List<T> list, int index, int delta) {
		checkIndex(list, index);
		int to = index + Integer.signum(delta);
		if (to >= 0 && to < list.size()) {
			list.add(to, list.remove(index));
		}
	}

	private static void checkIndex(List<?> list, int index) {
		if (index < 0 || index >= list.size()) {
			throw new NotFoundException("ClassificationRule", index);
		}
	}

}
