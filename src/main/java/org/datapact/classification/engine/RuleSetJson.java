package org.datapact.classification.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.datapact.definition.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes rule sets as JSON, strictly: an unknown property, a duplicate key, a
 * wrong type or an unknown condition kind is an error naming its place, as is anything
 * the {@link RuleSetValidator} finds.
 */
public final class RuleSetJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// a missing flag is false, a missing version 0 (which the validator refuses)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private RuleSetJson() {
	}

	/**
	 * Parses and checks a rule set against the dataset inventory contract.
	 * @throws InvalidRuleSetException naming every problem found
	 */
	public static RuleSet read(String json) {
		return read(json, AttributeCatalog.datasetInventory());
	}

	/**
	 * Parses and checks a rule set against an attribute catalogue.
	 * @throws InvalidRuleSetException naming every problem found
	 */
	public static RuleSet read(String json, AttributeCatalog catalog) {
		RuleSet ruleSet;
		try {
			ruleSet = MAPPER.readValue(json, RuleSet.class);
		}
		catch (JacksonException ex) {
			throw new InvalidRuleSetException(List.of(describe(ex)));
		}
		if (ruleSet == null) {
			throw new InvalidRuleSetException(List.of(RuleSetProblems.problem("(rule set)", "empty")));
		}
		List<Problem> problems = RuleSetValidator.problems(ruleSet, catalog);
		if (!problems.isEmpty()) {
			throw new InvalidRuleSetException(problems);
		}
		return ruleSet;
	}

	/** Reads a rule set from a UTF-8 stream, such as a class path resource. */
	public static RuleSet read(InputStream json) {
		try (json) {
			return read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String write(RuleSet ruleSet) {
		return MAPPER.writeValueAsString(ruleSet);
	}

	/** Where the JSON went wrong and why, without the parser's class names. */
	private static Problem describe(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		String message = String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse("").strip();
		message = message.replaceAll("`?(tools\\.jackson|java\\.lang|java\\.util|org\\.datapact)[\\w.$]*\\.(\\w+)`?",
				"$2");
		String where = path.isEmpty() ? "(rule set)" : path.toString();
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			where += " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")";
		}
		return RuleSetProblems.problem(where, "json", message);
	}

}
