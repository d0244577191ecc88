package org.datapact.classification.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.datapact.definition.Problem;

import org.springframework.util.MultiValueMap;

/**
 * A draft's parameters as the form sends them ({@code param.<name>}), read as numbers; a
 * value that is not a number is a problem of the field {@code param-<name>}.
 */
record ParametersForm(Map<String, BigDecimal> values, List<Problem> problems) {

	private static final String PATH = "parameters.";

	static ParametersForm read(Collection<String> names, MultiValueMap<String, String> params) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		for (String name : names) {
			String value = params.getFirst("param." + name);
			try {
				values.put(name, new BigDecimal(String.valueOf(value).strip()));
			}
			catch (NumberFormatException ex) {
				problems.add(Problem.of(PATH + name, "classification.editor.badNumber"));
			}
		}
		return new ParametersForm(values, problems);
	}

	/** The link to the field of one of the form's problems. */
	static String fieldLink(Problem problem) {
		return "#param-" + problem.path().substring(PATH.length());
	}

}
