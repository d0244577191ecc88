package org.datapact.shared.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents, for every operation, each error it can answer, all as
 * {@code application/problem+json} with the one {@code Problem} schema. Which errors an
 * operation can give follows from its shape, as the shared handlers decide them:
 * <ul>
 * <li>400 when it takes parameters or a body (a value of the wrong type or out of
 * range);</li>
 * <li>401 always (every operation needs a token or a session);</li>
 * <li>403 always (a role that may not, or a caller who must first change a temporary
 * password);</li>
 * <li>409 when it changes something (a stale version or a state that does not allow the
 * step);</li>
 * <li>404 when its path names a record (missing, or another organisation's);</li>
 * <li>406 when it answers a body (an {@code Accept} header that names none of its
 * formats);</li>
 * <li>413 and 415 when it takes a body (too large, not JSON);</li>
 * <li>429 when it writes (the write limits per token and per account, see
 * {@link ApiWrites}).</li>
 * </ul>
 * Anything else an operation answers it declares with {@link ProblemResponse} (a 422, a
 * 403 on a read). An error response an operation documents itself (with an example, say)
 * keeps its examples and gets the {@code Problem} schema. The contract test proves every
 * status the server gives is documented.
 */
@Component
@Order(10)
class ErrorResponses implements OperationCustomizer {

	static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

	static {
		DESCRIPTIONS.put("400", "A parameter or a field of the body is missing or does not fit; `errors` names it");
		DESCRIPTIONS.put("401", "No valid token or session");
		DESCRIPTIONS.put("403",
				"The caller's roles do not allow this, or the caller must first change a temporary password");
		DESCRIPTIONS.put("404", "No such record, or one the caller may not see");
		DESCRIPTIONS.put("406", "The `Accept` header names no format this operation answers");
		DESCRIPTIONS.put("409", "The version sent is stale, or the record's state does not allow this now");
		DESCRIPTIONS.put("413", "The body is larger than the server accepts");
		DESCRIPTIONS.put("415", "The body is not `application/json`");
		DESCRIPTIONS.put("422", "The request is well-formed but its content cannot be accepted");
		DESCRIPTIONS.put("429",
				"Too many writes in a short time (per token, per account, or what one organisation may create): "
						+ "wait as `Retry-After` says");
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		boolean takesInput = (operation.getParameters() != null && !operation.getParameters().isEmpty())
				|| operation.getRequestBody() != null;
		boolean namesRecord = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch((parameter) -> "path".equals(parameter.getIn()));
		boolean changes = changes(handlerMethod);
		add(responses, "400", takesInput);
		add(responses, "401", true);
		add(responses, "403", true);
		add(responses, "404", namesRecord);
		add(responses, "406", answersBody(responses));
		add(responses, "409", changes);
		add(responses, "413", operation.getRequestBody() != null);
		add(responses, "415", operation.getRequestBody() != null);
		add(responses, "429", writes(handlerMethod));
		for (ProblemResponse declared : AnnotatedElementUtils.findMergedRepeatableAnnotations(handlerMethod.getMethod(),
				ProblemResponse.class)) {
			responses.addApiResponse(String.valueOf(declared.status()),
					new ApiResponse().description(declared.description()));
		}
		responses.forEach((status, response) -> {
			if ((status.startsWith("4") || status.startsWith("5")) && response.get$ref() == null) {
				if (response.getDescription() == null || response.getDescription().isBlank()) {
					response.setDescription(DESCRIPTIONS.getOrDefault(status, "The request cannot be accepted"));
				}
				response.setContent(problemContent(response.getContent()));
			}
		});
		operation.setResponses(sorted(responses));
		return operation;
	}

	private static boolean answersBody(ApiResponses responses) {
		return responses.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getKey().startsWith("2") && entry.getValue().getContent() != null
					&& !entry.getValue().getContent().isEmpty());
	}

	private static void add(ApiResponses responses, String status, boolean applies) {
		if (applies && !responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(DESCRIPTIONS.get(status)));
		}
	}

	/** Problem+json with the one schema, keeping the examples the operation gave. */
	private static Content problemContent(Content documented) {
		MediaType problem = new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"));
		if (documented != null) {
			documented.values().forEach((media) -> {
				if (media.getExamples() != null) {
					media.getExamples().forEach(problem::addExamples);
				}
				if (media.getExample() != null) {
					problem.setExample(media.getExample());
				}
			});
		}
		return new Content().addMediaType(PROBLEM_JSON, problem);
	}

	private static boolean changes(HandlerMethod handlerMethod) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
				RequestMapping.class);
		return mapping != null && Arrays.stream(mapping.method()).anyMatch((method) -> method != RequestMethod.GET);
	}

	/**
	 * Whether the operation writes as the write limits count it (see {@link ApiWrites}).
	 */
	private static boolean writes(HandlerMethod handlerMethod) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(),
				RequestMapping.class);
		RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(),
				RequestMapping.class);
		if (mapping == null) {
			return false;
		}
		String base = (type != null && type.path().length > 0) ? type.path()[0] : "";
		String path = base + ((mapping.path().length > 0) ? mapping.path()[0] : "");
		return Arrays.stream(mapping.method()).anyMatch((method) -> ApiWrites.isWrite(method.name(), path));
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		responses.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
		return sorted;
	}

}
