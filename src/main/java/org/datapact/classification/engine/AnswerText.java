package org.datapact.classification.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datapact.definition.LocalizedText;

/**
 * A rule's text that names the answers that made it fire: {@code {answer:key}} (or
 * {@code {answer:key,other_key}}) is replaced, in each language, by the labels of the
 * options the dataset chose among those the rule's condition asks about (e.g. "ethnicity
 * or tribe, religion" or "site"), each label once, in the questionnaire's order. A text
 * without such placeholders is used as it is.
 */
final class AnswerText {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{answer:([^{}]*)}");

	private final LocalizedText text;

	private final List<Slot> slots;

	private final AttributeCatalog catalog;

	private AnswerText(LocalizedText text, List<Slot> slots, AttributeCatalog catalog) {
		this.text = text;
		this.slots = slots;
		this.catalog = catalog;
	}

	/** One placeholder: its literal text and the option bits it shows, per attribute. */
	private record Slot(String literal, int[] attributes, long[] masks) {
	}

	/**
	 * Prepares a checked text (see {@link RuleSetValidator}) for the rule whose condition
	 * is given.
	 */
	static AnswerText of(LocalizedText text, Condition condition, AttributeCatalog catalog) {
		Map<String, Set<String>> asked = askedOptions(condition);
		Map<String, Slot> slots = new LinkedHashMap<>();
		for (String value : text.texts().values()) {
			Matcher placeholder = PLACEHOLDER.matcher(value);
			while (placeholder.find()) {
				String[] keys = placeholder.group(1).split(",");
				int[] attributes = new int[keys.length];
				long[] masks = new long[keys.length];
				for (int i = 0; i < keys.length; i++) {
					attributes[i] = catalog.indexOf(keys[i].strip());
					masks[i] = catalog.bits(attributes[i], asked.getOrDefault(keys[i].strip(), Set.of()));
				}
				slots.put(placeholder.group(), new Slot(placeholder.group(), attributes, masks));
			}
		}
		return new AnswerText(text, List.copyOf(slots.values()), catalog);
	}

	/** The text itself when it names no answer (so nothing is computed per dataset). */
	LocalizedText fixed() {
		return this.slots.isEmpty() ? this.text : null;
	}

	LocalizedText render(Facts facts) {
		if (this.slots.isEmpty()) {
			return this.text;
		}
		Map<String, String> rendered = new TreeMap<>();
		this.text.texts().forEach((language, value) -> {
			String result = value;
			for (Slot slot : this.slots) {
				result = result.replace(slot.literal(), labels(slot, facts, language));
			}
			rendered.put(language, result);
		});
		return new LocalizedText(rendered);
	}

	private String labels(Slot slot, Facts facts, String language) {
		Set<String> labels = new LinkedHashSet<>();
		for (int i = 0; i < slot.attributes().length; i++) {
			int attribute = slot.attributes()[i];
			long chosen = facts.bits[attribute] & slot.masks()[i];
			Attribute definition = this.catalog.get(attribute);
			for (String option : this.catalog.options(attribute, chosen)) {
				labels.add(definition.label(option, language));
			}
		}
		return String.join(", ", labels);
	}

	/**
	 * The options a condition asks about, by attribute: every option an {@code in} or
	 * {@code contains} names.
	 */
	static Map<String, Set<String>> askedOptions(Condition condition) {
		Map<String, Set<String>> asked = new TreeMap<>();
		collect(condition, asked);
		return asked;
	}

	private static void collect(Condition condition, Map<String, Set<String>> asked) {
		if (condition instanceof Condition.All all) {
			children(all.of(), asked);
		}
		else if (condition instanceof Condition.Any any) {
			children(any.of(), asked);
		}
		else if (condition instanceof Condition.Not not) {
			collect(not.condition(), asked);
		}
		else if (condition instanceof Condition.In in) {
			add(in.attribute(), in.values(), asked);
		}
		else if (condition instanceof Condition.Contains contains) {
			add(contains.attribute(), contains.values(), asked);
		}
	}

	private static void children(List<Condition> conditions, Map<String, Set<String>> asked) {
		if (conditions != null) {
			for (Condition child : conditions) {
				collect(child, asked);
			}
		}
	}

	private static void add(String attribute, Collection<String> values, Map<String, Set<String>> asked) {
		if (attribute != null && values != null) {
			asked.computeIfAbsent(attribute, (key) -> new LinkedHashSet<>()).addAll(new ArrayList<>(values));
		}
	}

}
