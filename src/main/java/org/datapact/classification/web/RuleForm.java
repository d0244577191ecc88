package org.datapact.classification.web;

import java.util.List;

import org.datapact.classification.Level;
import org.datapact.classification.LocalizedText;
import org.datapact.classification.engine.Rule;
import org.datapact.classification.engine.Scope;

/** The structured editor's form for one rule of a draft. */
record RuleForm(Integer index, Long lockVersion, String key, String level, String descriptionEn, String descriptionFr,
		String explanationEn, String explanationFr, String reference, String countries, String contexts,
		List<ConditionRow> rows) {

	RuleForm {
		rows = (rows != null) ? List.copyOf(rows.stream().filter((r) -> r != null).toList()) : List.of();
	}

	static RuleForm empty(long lockVersion) {
		return new RuleForm(null, lockVersion, "", "CONFIDENTIAL", "", "", "", "", "", "", "",
				List.of(ConditionRow.of(null, "all"), ConditionRow.of(0, "in")));
	}

	static RuleForm of(int index, long lockVersion, Rule rule) {
		return new RuleForm(index, lockVersion, rule.key(), (rule.level() != null) ? rule.level().name() : null,
				text(rule.description(), "en"), text(rule.description(), "fr"), text(rule.explanation(), "en"),
				text(rule.explanation(), "fr"), rule.reference(), String.join(", ", rule.scope().countries()),
				String.join(", ", rule.scope().contexts()), ConditionRows.flatten(rule.condition()));
	}

	RuleForm withRows(List<ConditionRow> rows) {
		return new RuleForm(this.index, this.lockVersion, this.key, this.level, this.descriptionEn, this.descriptionFr,
				this.explanationEn, this.explanationFr, this.reference, this.countries, this.contexts, rows);
	}

	/** The rule the form describes; its problems are left to the rule set validator. */
	Rule rule() {
		Level parsed = null;
		if (this.level != null) {
			try {
				parsed = Level.valueOf(this.level);
			}
			catch (IllegalArgumentException ex) {
				parsed = null;
			}
		}
		return new Rule(strip(this.key), LocalizedText.of(strip(this.descriptionEn), strip(this.descriptionFr)), parsed,
				new Scope(ConditionRows.names(this.countries, true), ConditionRows.names(this.contexts, false)),
				ConditionRows.build(this.rows), LocalizedText.of(strip(this.explanationEn), strip(this.explanationFr)),
				strip(this.reference));
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static String text(LocalizedText text, String language) {
		return (text != null && text.texts().get(language) != null) ? text.texts().get(language) : "";
	}

}
