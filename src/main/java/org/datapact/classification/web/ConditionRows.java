package org.datapact.classification.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.datapact.classification.engine.Comparison;
import org.datapact.classification.engine.Condition;

/**
 * Converts between a condition tree and the editor's flat rows (pre-order, each naming
 * its parent), and edits the rows: add a comparison or a group under a group, remove a
 * row with everything under it.
 */
final class ConditionRows {

	static final List<String> OPS = List.of("all", "any", "not", "in", "contains", "count", "compare", "answered",
			"context", "country");

	private ConditionRows() {
	}

	static List<ConditionRow> flatten(Condition condition) {
		List<ConditionRow> rows = new ArrayList<>();
		if (condition != null) {
			add(rows, null, condition);
		}
		return rows;
	}

	private static void add(List<ConditionRow> rows, Integer parent, Condition condition) {
		int index = rows.size();
		if (condition instanceof Condition.All all) {
			rows.add(ConditionRow.of(parent, "all"));
			all.of().forEach((c) -> add(rows, index, c));
		}
		else if (condition instanceof Condition.Any any) {
			rows.add(ConditionRow.of(parent, "any"));
			any.of().forEach((c) -> add(rows, index, c));
		}
		else if (condition instanceof Condition.Not not) {
			rows.add(ConditionRow.of(parent, "not"));
			if (not.condition() != null) {
				add(rows, index, not.condition());
			}
		}
		else if (condition instanceof Condition.In in) {
			rows.add(new ConditionRow(parent, "in", in.attribute(), in.values(), null, null, null, null));
		}
		else if (condition instanceof Condition.Contains contains) {
			rows.add(new ConditionRow(parent, "contains", contains.attribute(), contains.values(), null, null, null,
					null));
		}
		else if (condition instanceof Condition.Count count) {
			rows.add(new ConditionRow(parent, "count", count.attribute(), count.among(), name(count.comparison()),
					plain(count.value()), count.param(), null));
		}
		else if (condition instanceof Condition.Compare compare) {
			rows.add(new ConditionRow(parent, "compare", compare.attribute(), List.of(), name(compare.comparison()),
					plain(compare.value()), compare.param(), null));
		}
		else if (condition instanceof Condition.Answered answered) {
			rows.add(new ConditionRow(parent, "answered", answered.attribute(), List.of(), null, null, null, null));
		}
		else if (condition instanceof Condition.InContext context) {
			rows.add(new ConditionRow(parent, "context", null, List.of(), null, null, null,
					String.join(", ", context.anyOf())));
		}
		else if (condition instanceof Condition.InCountry country) {
			rows.add(new ConditionRow(parent, "country", null, List.of(), null, null, null,
					String.join(", ", country.anyOf())));
		}
	}

	/**
	 * The condition the rows describe (row 0 is the root); a row that cannot be read is
	 * reported with its number.
	 */
	static Condition build(List<ConditionRow> rows) {
		if (rows.isEmpty()) {
			return null;
		}
		return build(rows, 0);
	}

	private static Condition build(List<ConditionRow> rows, int index) {
		ConditionRow row = rows.get(index);
		List<Condition> children = new ArrayList<>();
		for (int i = index + 1; i < rows.size(); i++) {
			if (rows.get(i).parent() != null && rows.get(i).parent() == index) {
				children.add(build(rows, i));
			}
		}
		String attribute = blankToNull(row.attribute());
		return switch (String.valueOf(row.op())) {
			case "all" -> new Condition.All(children);
			case "any" -> new Condition.Any(children);
			case "not" -> {
				if (children.size() > 1) {
					throw new RowException(index, "classification.editor.notHoldsOne");
				}
				yield new Condition.Not(children.isEmpty() ? null : children.get(0));
			}
			case "in" -> new Condition.In(attribute, row.values());
			case "contains" -> new Condition.Contains(attribute, row.values());
			case "count" -> new Condition.Count(attribute, row.values().isEmpty() ? null : row.values(),
					comparison(index, row), amount(index, row), blankToNull(row.param()));
			case "compare" ->
				new Condition.Compare(attribute, comparison(index, row), amount(index, row), blankToNull(row.param()));
			case "answered" -> new Condition.Answered(attribute);
			case "context" -> new Condition.InContext(names(row.names(), false));
			case "country" -> new Condition.InCountry(names(row.names(), true));
			default -> throw new RowException(index, "classification.editor.unknownOp");
		};
	}

	/** The path of each row's condition in the rule, as the validator names it. */
	static List<String> paths(List<ConditionRow> rows, String root) {
		List<String> paths = new ArrayList<>();
		int[] childCount = new int[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			Integer parent = rows.get(i).parent();
			if (i == 0 || parent == null || parent < 0 || parent >= i) {
				paths.add(root);
				continue;
			}
			String parentPath = paths.get(parent);
			if ("not".equals(rows.get(parent).op())) {
				paths.add(parentPath + ".condition");
			}
			else {
				paths.add(parentPath + ".of[" + childCount[parent] + "]");
			}
			childCount[parent]++;
		}
		return paths;
	}

	/** How deep each row is nested. */
	static List<Integer> depths(List<ConditionRow> rows) {
		List<Integer> depths = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Integer parent = rows.get(i).parent();
			depths.add((parent == null || parent < 0 || parent >= i) ? 0 : depths.get(parent) + 1);
		}
		return depths;
	}

	/** Adds a row as the last child of the group at {@code parent}. */
	static List<ConditionRow> addUnder(List<ConditionRow> rows, int parent, String op) {
		List<ConditionRow> result = new ArrayList<>(rows);
		if (rows.isEmpty()) {
			result.add(ConditionRow.of(null, op));
			return result;
		}
		if (parent < 0 || parent >= rows.size()) {
			return result;
		}
		int at = parent + 1;
		while (at < rows.size() && descends(rows, at, parent)) {
			at++;
		}
		result.add(at, ConditionRow.of(parent, op));
		return renumber(rows, result, at, 1);
	}

	/** Removes a row and every row under it. */
	static List<ConditionRow> remove(List<ConditionRow> rows, int index) {
		if (index <= 0 || index >= rows.size()) {
			return rows;
		}
		int end = index + 1;
		while (end < rows.size() && descends(rows, end, index)) {
			end++;
		}
		List<ConditionRow> result = new ArrayList<>(rows.subList(0, index));
		result.addAll(rows.subList(end, rows.size()));
		int removed = end - index;
		List<ConditionRow> renumbered = new ArrayList<>();
		for (ConditionRow row : result) {
			Integer parent = row.parent();
			renumbered.add((parent != null && parent >= end) ? row.withParent(parent - removed) : row);
		}
		return renumbered;
	}

	private static List<ConditionRow> renumber(List<ConditionRow> before, List<ConditionRow> after, int at, int shift) {
		List<ConditionRow> result = new ArrayList<>();
		for (int i = 0; i < after.size(); i++) {
			ConditionRow row = after.get(i);
			Integer parent = row.parent();
			result.add((i != at && parent != null && parent >= at) ? row.withParent(parent + shift) : row);
		}
		return result;
	}

	private static boolean descends(List<ConditionRow> rows, int row, int ancestor) {
		Integer parent = rows.get(row).parent();
		int guard = 0;
		while (parent != null && guard++ < rows.size()) {
			if (parent == ancestor) {
				return true;
			}
			parent = (parent >= 0 && parent < rows.size()) ? rows.get(parent).parent() : null;
		}
		return false;
	}

	private static Comparison comparison(int index, ConditionRow row) {
		if (row.comparison() == null || row.comparison().isBlank()) {
			return null;
		}
		try {
			return Comparison.valueOf(row.comparison().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RowException(index, "classification.editor.badComparison");
		}
	}

	private static BigDecimal amount(int index, ConditionRow row) {
		if (row.amount() == null || row.amount().isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(row.amount().strip());
		}
		catch (NumberFormatException ex) {
			throw new RowException(index, "classification.editor.badNumber");
		}
	}

	static List<String> names(String text, boolean upperCase) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\s]+"))
			.filter((s) -> !s.isBlank())
			.map((s) -> upperCase ? s.toUpperCase(Locale.ROOT) : s)
			.toList();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String name(Comparison comparison) {
		return (comparison != null) ? comparison.name().toLowerCase(Locale.ROOT) : null;
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	/** A row that cannot become a condition. */
	static final class RowException extends RuntimeException {

		private final int row;

		private final String messageKey;

		RowException(int row, String messageKey) {
			super(messageKey);
			this.row = row;
			this.messageKey = messageKey;
		}

		int row() {
			return this.row;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
