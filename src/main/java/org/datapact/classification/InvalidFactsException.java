package org.datapact.classification;

import org.datapact.shared.InvalidRequestException;

/**
 * A dataset's answers do not fit the dataset inventory contract: an unknown key, a value
 * of the wrong type, an option the question does not offer. The field names the offending
 * value as {@code datasets[i].attributes.key} (with {@code [j]} for the j-th element of a
 * list), or {@code datasets[i].id}.
 */
public class InvalidFactsException extends InvalidRequestException {

	private final Problem problem;

	private final int datasetIndex;

	private final String attribute;

	public InvalidFactsException(Problem problem, int datasetIndex, String attribute, Integer element,
			Object... arguments) {
		super(field(datasetIndex, attribute, element, problem), problem.messageKey(), arguments);
		this.problem = problem;
		this.datasetIndex = datasetIndex;
		this.attribute = attribute;
	}

	private static String field(int datasetIndex, String attribute, Integer element, Problem problem) {
		String dataset = "datasets[" + datasetIndex + "]";
		if (problem == Problem.DUPLICATE_ID || problem == Problem.INVALID_ID) {
			return dataset + ".id";
		}
		String key = (attribute.length() > 60) ? attribute.substring(0, 60) + "…" : attribute;
		return dataset + ".attributes." + key + ((element != null) ? "[" + element + "]" : "");
	}

	public Problem problem() {
		return this.problem;
	}

	public int datasetIndex() {
		return this.datasetIndex;
	}

	/** The attribute key at fault; {@code null} for a problem with the dataset's id. */
	public String attribute() {
		return this.attribute;
	}

	/** What is wrong, with the message shown to the caller. */
	public enum Problem {

		/** Arguments: the key. */
		UNKNOWN_ATTRIBUTE("classification.facts.unknownAttribute"),

		/** Arguments: the key. */
		EXPECTED_TEXT("classification.facts.expectedText"),

		/** Arguments: the key, the options. */
		EXPECTED_OPTION("classification.facts.expectedOption"),

		/** Arguments: the key, the options. */
		EXPECTED_OPTIONS("classification.facts.expectedOptions"),

		/** Arguments: the key. */
		EXPECTED_NUMBER("classification.facts.expectedNumber"),

		/** Arguments: the key. */
		EXPECTED_DATE("classification.facts.expectedDate"),

		/** Arguments: the key, the value given, the options. */
		UNKNOWN_OPTION("classification.facts.unknownOption"),

		/** Arguments: the key. */
		NONE_WITH_OTHERS("classification.facts.noneWithOthers"),

		/** Arguments: the key. */
		NEGATIVE_NUMBER("classification.facts.negativeNumber"),

		/** Arguments: the key, the start key. */
		END_BEFORE_START("classification.facts.endBeforeStart"),

		/** Arguments: the key. */
		TEXT_TOO_LONG("classification.facts.textTooLong"),

		/** Arguments: the id. */
		DUPLICATE_ID("classification.facts.duplicateId"),

		/** No arguments. */
		INVALID_ID("classification.facts.invalidId");

		private final String messageKey;

		Problem(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
