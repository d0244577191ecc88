package org.datapact.classification.web;

import java.util.List;

/**
 * One node of a condition in the structured editor, flattened: its parent's row number
 * (none for the root), its kind ({@code all}, {@code any}, {@code not}, {@code in},
 * {@code contains}, {@code count}, {@code compare}, {@code answered}, {@code context},
 * {@code country}) and the fields that kind uses.
 */
record ConditionRow(Integer parent, String op, String attribute, List<String> values, String comparison, String amount,
		String param, String names) {

	ConditionRow {
		values = (values != null) ? List.copyOf(values.stream().filter((v) -> v != null && !v.isBlank()).toList())
				: List.of();
	}

	static ConditionRow of(Integer parent, String op) {
		return new ConditionRow(parent, op, null, List.of(), null, null, null, null);
	}

	public boolean isGroup() {
		return "all".equals(this.op) || "any".equals(this.op) || "not".equals(this.op);
	}

	ConditionRow withParent(Integer parent) {
		return new ConditionRow(parent, this.op, this.attribute, this.values, this.comparison, this.amount, this.param,
				this.names);
	}

}
