package org.datapact.classification.web;

import java.util.List;

import org.datapact.classification.Level;
import org.datapact.classification.engine.Rule;
import org.datapact.classification.engine.Scope;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.LockVersion;

/**
 * The structured editor's form for one rule of a draft. Its submit buttons either save
 * the rule ({@code save}), draw the form again, or change the condition's rows:
 * {@code add:<row>} adds a comparison and {@code group:<row>} a group under a row,
 * {@code remove:<row>} removes a row with everything under it.
 */
record RuleForm(Integer index, String lockVersion, String key, String level, String descriptionEn, String descriptionFr,
		String explanationEn, String explanationFr, String reference, String countries, String contexts,
		List<ConditionRow> rows) {

	static final String SAVE = "save";

	RuleForm {
		rows = (rows != null) ? List.copyOf(rows.stream().filter((r) -> r != null).toList()) : List.of();
	}

	static RuleForm empty(long lockVersion) {
		return new RuleForm(null, String.valueOf(lockVersion), "", "CONFIDENTIAL", "", "", "", "", "", "", "",
				List.of(ConditionRow.of(null, "all"), ConditionRow.of(0, "in")));
	}

	static RuleForm of(int index, long lockVersion, Rule rule) {
		return new RuleForm(index, String.valueOf(lockVersion), rule.key(),
				(rule.level() != null) ? rule.level().name() : null, text(rule.description(), "en"),
				text(rule.description(), "fr"), text(rule.explanation(), "en"), text(rule.explanation(), "fr"),
				rule.reference(), String.join(", ", rule.scope().countries()),
				String.join(", ", rule.scope().contexts()), ConditionRows.flatten(rule.condition()));
	}

	/** Whether the button saves the rule; any other draws the form again. */
	static boolean saves(String button) {
		return SAVE.equals(button);
	}

	/** The form as the button leaves it: with its rows changed, or as it is. */
	RuleForm after(String button) {
		int colon = (button != null) ? button.indexOf(':') : -1;
		if (colon < 0) {
			return this;
		}
		int row = row(button.substring(colon + 1));
		return switch (button.substring(0, colon)) {
			case "add" -> withRows(ConditionRows.addUnder(this.rows, row, "in"));
			case "group" -> withRows(ConditionRows.addUnder(this.rows, row, "all"));
			case "remove" -> withRows(ConditionRows.remove(this.rows, row));
			default -> this;
		};
	}

	RuleForm withRows(List<ConditionRow> newRows) {
		return new RuleForm(this.index, this.lockVersion, this.key, this.level, this.descriptionEn, this.descriptionFr,
				this.explanationEn, this.explanationFr, this.reference, this.countries, this.contexts, newRows);
	}

	/** The version of the draft the form was filled in on. */
	long lock() {
		return LockVersion.parse(this.lockVersion);
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

	/**
	 * The id of the field a problem of the rule is about, from its path within the rule
	 * (such as {@code description.fr}); null when no single field is.
	 */
	static String fieldOf(String local) {
		String field = local.contains(".") ? local.substring(0, local.indexOf('.')) : local.replaceAll("\\[.*", "");
		return switch (field) {
			case "key" -> "key";
			case "level" -> "level";
			case "reference" -> "reference";
			case "description" -> local.endsWith(".fr") ? "descriptionFr" : "descriptionEn";
			case "explanation" -> local.endsWith(".fr") ? "explanationFr" : "explanationEn";
			case "scope" -> local.contains("contexts") ? "contexts" : "countries";
			default -> null;
		};
	}

	private static int row(String number) {
		try {
			return Integer.parseInt(number);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static String text(LocalizedText text, String language) {
		return (text != null) ? text.in(language) : "";
	}

}
