package org.datapact.classification.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A condition over one dataset's answers and the project's context, in a small closed
 * expression model: {@code all}, {@code any} and {@code not} over comparisons, option
 * membership, numeric thresholds (literal or a rule set parameter) and "is answered".
 * Nothing here can run code. In JSON the {@code op} property names the kind:
 *
 * <pre>
 * {"op": "all", "of": [ … ]}                          every condition holds
 * {"op": "any", "of": [ … ]}                          at least one holds
 * {"op": "not", "condition": { … }}                   the condition does not hold
 * {"op": "in", "attribute": "aggregation", "values": ["record_level"]}
 *                                                     a one-option answer is one of the values
 * {"op": "contains", "attribute": "topics", "values": ["armed_actors"]}
 *                                                     a several-options answer includes one of the values
 * {"op": "count", "attribute": "indirect_identifiers", "comparison": "ge", "param": "quasi_identifier_threshold"}
 *                                                     how many options are chosen (of "among", if given;
 *                                                     "none" never counts), compared with a value or parameter
 * {"op": "compare", "attribute": "smallest_count", "comparison": "lt", "param": "smallest_count_threshold"}
 *                                                     a number answer compared with a value or parameter
 * {"op": "answered", "attribute": "direct_identifiers"}
 * {"op": "context", "anyOf": ["active_conflict"]}     one of the named contexts is in force for the project
 * {"op": "country", "anyOf": ["KE", "UG"]}            the project is in one of the countries
 * </pre>
 *
 * A comparison on an unanswered attribute is false (so {@code not} of it is true).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({ @JsonSubTypes.Type(value = Condition.All.class, name = "all"),
		@JsonSubTypes.Type(value = Condition.Any.class, name = "any"),
		@JsonSubTypes.Type(value = Condition.Not.class, name = "not"),
		@JsonSubTypes.Type(value = Condition.In.class, name = "in"),
		@JsonSubTypes.Type(value = Condition.Contains.class, name = "contains"),
		@JsonSubTypes.Type(value = Condition.Count.class, name = "count"),
		@JsonSubTypes.Type(value = Condition.Compare.class, name = "compare"),
		@JsonSubTypes.Type(value = Condition.Answered.class, name = "answered"),
		@JsonSubTypes.Type(value = Condition.InContext.class, name = "context"),
		@JsonSubTypes.Type(value = Condition.InCountry.class, name = "country") })
public sealed interface Condition {

	static Condition all(Condition... of) {
		return new All(List.of(of));
	}

	static Condition any(Condition... of) {
		return new Any(List.of(of));
	}

	static Condition not(Condition condition) {
		return new Not(condition);
	}

	static Condition in(String attribute, String... values) {
		return new In(attribute, List.of(values));
	}

	static Condition contains(String attribute, String... values) {
		return new Contains(attribute, List.of(values));
	}

	static Condition answered(String attribute) {
		return new Answered(attribute);
	}

	static Condition compare(String attribute, Comparison comparison, String param) {
		return new Compare(attribute, comparison, null, param);
	}

	static Condition compare(String attribute, Comparison comparison, BigDecimal value) {
		return new Compare(attribute, comparison, value, null);
	}

	static Condition count(String attribute, Comparison comparison, String param) {
		return new Count(attribute, null, comparison, null, param);
	}

	static Condition context(String... anyOf) {
		return new InContext(List.of(anyOf));
	}

	static Condition country(String... anyOf) {
		return new InCountry(List.of(anyOf));
	}

	/** Every condition holds. */
	record All(List<Condition> of) implements Condition {

		public All {
			of = copy(of);
		}

	}

	/** At least one condition holds. */
	record Any(List<Condition> of) implements Condition {

		public Any {
			of = copy(of);
		}

	}

	/** The condition does not hold. */
	record Not(Condition condition) implements Condition {

	}

	/** A one-option answer (choice, yes/no/unknown) is one of the values. */
	record In(String attribute, List<String> values) implements Condition {

		public In {
			values = copy(values);
		}

	}

	/** A several-options answer includes at least one of the values. */
	record Contains(String attribute, List<String> values) implements Condition {

		public Contains {
			values = copy(values);
		}

	}

	/**
	 * The number of options chosen in a several-options answer (only those listed in
	 * {@code among}, when given; {@code none} never counts) compared with a literal value
	 * or a rule set parameter. An unanswered attribute counts zero options.
	 */
	record Count(String attribute, List<String> among, Comparison comparison, BigDecimal value,
			String param) implements Condition {

		public Count {
			among = copy(among);
		}

	}

	/** A number answer compared with a literal value or a rule set parameter. */
	record Compare(String attribute, Comparison comparison, BigDecimal value, String param) implements Condition {

	}

	/** The question was answered. */
	record Answered(String attribute) implements Condition {

	}

	/** At least one of the named contexts is in force for the project. */
	record InContext(List<String> anyOf) implements Condition {

		public InContext {
			anyOf = copy(anyOf);
		}

	}

	/** The project is in one of the countries (ISO 3166-1 alpha-2). */
	record InCountry(List<String> anyOf) implements Condition {

		public InCountry {
			anyOf = copy(anyOf);
		}

	}

	/**
	 * An unmodifiable copy that keeps {@code null} elements, so that validation can name
	 * them.
	 */
	private static <T> List<T> copy(List<T> list) {
		return (list != null) ? Collections.unmodifiableList(new ArrayList<>(list)) : null;
	}

}
