package org.datapact.classification.engine;

import java.util.List;
import java.util.Map;

import org.datapact.definition.Problem;

/**
 * The problems of a rule set: each where it is (e.g.
 * {@code rules[3].condition.of[1].values[0]}), what is wrong as a stable code (the
 * interface shows it through the message key {@code classification.problem.<code>} with
 * the arguments {0}, {1}, …), and its English text for logs and exceptions.
 */
public final class RuleSetProblems {

	/** The message keys of rule set problems start with this. */
	public static final String PREFIX = "classification.problem.";

	private static final Map<String, String> ENGLISH = Map.ofEntries(
			Map.entry("keyFormat", "must be lower-case letters, digits, '_', '.' or '-', starting with a letter"),
			Map.entry("versionMin", "must be 1 or more"),
			Map.entry("languagesEmpty", "must list at least one language"),
			Map.entry("languageFormat", "must be a two-letter language code"),
			Map.entry("parameterName",
					"a parameter name must be lower-case letters, digits or '_', starting with a letter"),
			Map.entry("required", "is required"),
			Map.entry("linkageRequired", "is required (say how the two datasets can be linked)"),
			Map.entry("notAnOption", "{0} is not an option of {1}"),
			Map.entry("notAnOptionOf", "{0} is not an option of {1} ({2})"),
			Map.entry("keyDuplicate", "{0} is used by another rule"),
			Map.entry("levelRequired", "is required (PUBLIC, CONFIDENTIAL or SECRET)"),
			Map.entry("referenceRequired", "is required (e.g. \"IOM Table A: Secret\")"),
			Map.entry("tooDeep", "conditions may nest at most {0} levels deep"),
			Map.entry("inNeedsOneOption", "\"in\" needs a one-option question; {0} is {1}"),
			Map.entry("inNeedsOneOptionUseContains",
					"\"in\" needs a one-option question; {0} is {1} (use \"contains\")"),
			Map.entry("containsNeedsSeveral", "\"contains\" needs a several-options question; {0} is {1}"),
			Map.entry("countNeedsSeveral", "\"count\" needs a several-options question; {0} is {1}"),
			Map.entry("compareNeedsNumber", "\"compare\" needs a number question; {0} is {1}"),
			Map.entry("optionsEmpty", "must list at least one option"),
			Map.entry("comparisonRequired", "is required (lt, le, eq, ge or gt)"),
			Map.entry("valueOrParam", "give either a \"value\" or a \"param\", not both"),
			Map.entry("unknownParam", "{0} is not a parameter of the rule set"),
			Map.entry("countryFormat", "{0} is not an ISO 3166-1 alpha-2 country code (upper case)"),
			Map.entry("contextFormat", "{0} is not a context name (lower-case letters, digits or '_')"),
			Map.entry("listEmpty", "must not be empty"), Map.entry("textRequired", "is required in {0}"),
			Map.entry("textMissing", "is missing"), Map.entry("placeholderUnknown", "'{'{0}'}' is not a parameter"),
			Map.entry("unknownAttribute", "{0} is not a dataset attribute"), Map.entry("empty", "is empty"),
			Map.entry("json", "{0}"));

	private RuleSetProblems() {
	}

	/** The problem with the code at the path. */
	public static Problem problem(String path, String code, String... arguments) {
		return new Problem(path, PREFIX + code, List.of((Object[]) arguments));
	}

	/** The problem in English, without its path. */
	public static String english(Problem problem) {
		String code = problem.messageKey().substring(PREFIX.length());
		List<Object> arguments = problem.arguments();
		String message = ENGLISH.getOrDefault(code, code)
			.replace("'{'{0}'}'", "{" + (arguments.isEmpty() ? "" : arguments.get(0)) + "}");
		for (int i = 0; i < arguments.size(); i++) {
			message = message.replace("{" + i + "}", String.valueOf(arguments.get(i)));
		}
		return message;
	}

	/** Path and English message, as logs and exceptions show it. */
	public static String describe(Problem problem) {
		return problem.path() + ": " + english(problem);
	}

}
