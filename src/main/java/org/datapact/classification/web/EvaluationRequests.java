package org.datapact.classification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datapact.classification.DatasetFacts;
import org.datapact.classification.ProjectContext;
import org.datapact.shared.InvalidRequestException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an evaluation request strictly, so that a misspelt property or a property given
 * twice is an error rather than silently ignored (an ignored answer could understate a
 * dataset's sensitivity). Every error names the field at fault.
 */
final class EvaluationRequests {

	private static final JsonMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final Pattern CONTEXT = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private EvaluationRequests() {
	}

	static EvaluationRequest parse(String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidRequestException("datasets", "classification.request.datasetsRequired");
		}
		EvaluationRequest request;
		try {
			request = STRICT.readValue(body, EvaluationRequest.class);
		}
		catch (UnrecognizedPropertyException ex) {
			throw new InvalidRequestException(path(ex), "classification.request.unknownProperty");
		}
		catch (StreamReadException ex) {
			String message = String.valueOf(ex.getOriginalMessage());
			if (message.startsWith("Duplicate")) {
				Matcher name = QUOTED.matcher(message);
				String path = path(ex);
				String field = name.find() ? (path.equals("body") ? "" : path + ".") + shorten(name.group(1)) : path;
				throw new InvalidRequestException(field, "classification.request.duplicateProperty");
			}
			long line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			long column = (ex.getLocation() != null) ? ex.getLocation().getColumnNr() : 0;
			throw new InvalidRequestException("body", "classification.request.invalidJson", line, column);
		}
		catch (JacksonException ex) {
			throw new InvalidRequestException(path(ex), "classification.request.wrongType");
		}
		if (request == null) {
			throw new InvalidRequestException("datasets", "classification.request.datasetsRequired");
		}
		return request;
	}

	static ProjectContext context(EvaluationRequest request) {
		EvaluationRequest.ContextInput context = request.context();
		if (context == null) {
			return ProjectContext.none();
		}
		String country = context.country();
		if (country != null && !country.isBlank()) {
			country = country.strip().toUpperCase(Locale.ROOT);
			if (!COUNTRIES.contains(country)) {
				throw new InvalidRequestException("context.country", "classification.request.country");
			}
		}
		List<String> contexts = (context.contexts() != null) ? context.contexts() : List.of();
		if (contexts.size() > EvaluationRequest.MAX_CONTEXTS) {
			throw new InvalidRequestException("context.contexts", "classification.request.tooManyContexts",
					EvaluationRequest.MAX_CONTEXTS);
		}
		for (int i = 0; i < contexts.size(); i++) {
			if (contexts.get(i) == null || !CONTEXT.matcher(contexts.get(i)).matches()) {
				throw new InvalidRequestException("context.contexts[" + i + "]", "classification.request.context");
			}
		}
		return ProjectContext.of(country, Set.copyOf(contexts));
	}

	static List<DatasetFacts> datasets(EvaluationRequest request) {
		List<EvaluationRequest.DatasetInput> datasets = request.datasets();
		if (datasets == null || datasets.isEmpty()) {
			throw new InvalidRequestException("datasets", "classification.request.datasetsRequired");
		}
		if (datasets.size() > EvaluationRequest.MAX_DATASETS) {
			throw new InvalidRequestException("datasets", "classification.request.tooManyDatasets",
					EvaluationRequest.MAX_DATASETS);
		}
		List<DatasetFacts> facts = new ArrayList<>(datasets.size());
		for (int i = 0; i < datasets.size(); i++) {
			EvaluationRequest.DatasetInput dataset = datasets.get(i);
			if (dataset == null) {
				throw new InvalidRequestException("datasets[" + i + "]", "classification.request.datasetRequired");
			}
			if (dataset.attributes() == null) {
				throw new InvalidRequestException("datasets[" + i + "].attributes",
						"classification.request.attributesRequired");
			}
			String id = (dataset.id() != null) ? dataset.id() : "dataset-" + (i + 1);
			facts.add(new DatasetFacts(id, dataset.attributes()));
		}
		return facts;
	}

	private static String shorten(String name) {
		return (name.length() > 60) ? name.substring(0, 60) + "…" : name;
	}

	/** The JSON path of the value at fault, e.g. {@code datasets[2].attributes}. */
	private static String path(JacksonException ex) {
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
		if (path.length() > 200) {
			path.setLength(200);
			path.append('…');
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
