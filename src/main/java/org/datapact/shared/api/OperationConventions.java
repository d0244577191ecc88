package org.datapact.shared.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OperationCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation declares alike: the two ways to authenticate, and the example of
 * its request body, kept as {@code openapi/examples/<operationId>.json} beside the code
 * so that examples are real JSON that a test sends through the contract check.
 */
@Component
@Order(20)
class OperationConventions implements OperationCustomizer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		List<SecurityRequirement> security = new ArrayList<>();
		security.add(new SecurityRequirement().addList(ApiDocumentation.TOKEN));
		security.add(new SecurityRequirement().addList(ApiDocumentation.SESSION));
		operation.setSecurity(security);
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getOperationId() != null) {
			ClassPathResource example = new ClassPathResource(
					"openapi/examples/" + operation.getOperationId() + ".json");
			if (example.exists()) {
				Object value = read(example);
				operation.getRequestBody().getContent().values().forEach((media) -> {
					if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
						media.setExample(value);
					}
				});
			}
		}
		return operation;
	}

	private static Object read(ClassPathResource example) {
		try (InputStream in = example.getInputStream()) {
			return JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Object.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
