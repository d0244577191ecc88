package org.datapact.classification.domain;

import java.math.BigDecimal;
import java.util.Map;

import org.datapact.classification.domain.RuleSetAdministration.RuleKind;
import org.datapact.classification.engine.CombinationRule;
import org.datapact.classification.engine.Rule;
import org.datapact.classification.engine.RuleSet;
import org.datapact.definition.DefinitionEdit;

/**
 * One change an admin asks of a draft rule set, made by {@link RuleSetEditor} and
 * described in the audit log. The changed rule set is checked against the dataset
 * inventory before it is kept.
 */
public sealed interface RuleSetEdit extends DefinitionEdit<RuleSet> {

	/** Adds ({@code index} null) or replaces a rule. */
	record SaveRule(Integer index, Rule rule) implements RuleSetEdit {

		@Override
		public RuleSet applyTo(RuleSet ruleSet) {
			return RuleSetEditor.saveRule(ruleSet, this.index, this.rule);
		}

		@Override
		public String describe() {
			return "rule " + this.rule.key();
		}

	}

	/** Adds ({@code index} null) or replaces a combination rule. */
	record SaveCombinationRule(Integer index, CombinationRule rule) implements RuleSetEdit {

		@Override
		public RuleSet applyTo(RuleSet ruleSet) {
			return RuleSetEditor.saveCombinationRule(ruleSet, this.index, this.rule);
		}

		@Override
		public String describe() {
			return "combination rule " + this.rule.key();
		}

	}

	record RemoveRule(RuleKind kind, int index) implements RuleSetEdit {

		@Override
		public RuleSet applyTo(RuleSet ruleSet) {
			return RuleSetEditor.removeRule(ruleSet, this.kind, this.index);
		}

		@Override
		public String describe() {
			return "removed " + this.kind + " " + this.index;
		}

	}

	/** Moves a rule one place up ({@code -1}) or down ({@code +1}) in its list. */
	record MoveRule(RuleKind kind, int index, int delta) implements RuleSetEdit {

		@Override
		public RuleSet applyTo(RuleSet ruleSet) {
			return RuleSetEditor.moveRule(ruleSet, this.kind, this.index, this.delta);
		}

		@Override
		public String describe() {
			return "moved " + this.kind + " " + this.index;
		}

	}

	record SaveParameters(Map<String, BigDecimal> values) implements RuleSetEdit {

		@Override
		public RuleSet applyTo(RuleSet ruleSet) {
			return RuleSetEditor.saveParameters(ruleSet, this.values);
		}

		@Override
		public String describe() {
			return "parameters " + this.values;
		}

	}

	/**
	 * Replaces the draft's contents by a rule set read from JSON; it keeps the draft's id
	 * and version number.
	 */
	record ImportJson(String json) implements RuleSetEdit {

		@Override
		public RuleSet applyTo(RuleSet ruleSet) {
			return RuleSetEditor.importJson(ruleSet, this.json);
		}

		@Override
		public String describe() {
			return "imported JSON";
		}

	}

	/**
	 * Adds ({@code index} null) or replaces one rule given as JSON, the advanced
	 * alternative to the structured editor; problems are named with their path in the
	 * rule set, e.g. {@code combinationRules[2].one.values[0]}.
	 */
	record SaveRuleJson(RuleKind kind, Integer index, String json) implements RuleSetEdit {

		@Override
		public RuleSet applyTo(RuleSet ruleSet) {
			return RuleSetEditor.saveRuleJson(ruleSet, this.kind, this.index, this.json);
		}

		@Override
		public String describe() {
			return "JSON of " + this.kind + " " + ((this.index != null) ? this.index : "new");
		}

	}

}
