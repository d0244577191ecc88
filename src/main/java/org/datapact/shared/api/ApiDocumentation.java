package org.datapact.shared.api;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.datapact.shared.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's frame: who the API is for, how callers authenticate, and the
 * shared schemas (the problem, an answer's value). What each operation says is completed
 * in one place each: errors ({@link ErrorResponses}), security and examples
 * ({@link OperationConventions}), paging ({@link PagingDocumentation}), schemas
 * ({@link SchemaConventions}, {@link ResponseSchemas}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String TOKEN = "token";

	static final String SESSION = "session";

	static final String ANSWER_VALUE = "AnswerValue";

	static {
		// Closed sets are named schemas, shared by every property that uses them.
		io.swagger.v3.core.jackson.ModelResolver.enumsAsRef = true;
		// Resolved from the security context, never sent by the caller.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
		// The only free-form JSON the API exchanges is the value of an answer.
		SpringDocUtils.getConfig()
			.replaceWithSchema(JsonNode.class, new Schema<>().$ref("#/components/schemas/" + ANSWER_VALUE));
	}

	@Bean
	OpenAPI dataPactOpenApi() {
		Components components = new Components()
			.addSecuritySchemes(TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token created on your profile page (dp_…)"))
			.addSecuritySchemes(SESSION,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.COOKIE)
						.name("JSESSIONID")
						.description("The browser session; state-changing calls then need the X-CSRF-TOKEN header"))
			.addSchemas(ANSWER_VALUE, answerValue());
		return new OpenAPI()
			.info(new Info().title("DataPact API")
				.version("v1")
				.description("Governed sharing of sensitive data between organisations. Errors are RFC 9457 "
						+ "problem+json. Partners and volunteers see only their own organisation's records; "
						+ "another organisation's record answers 404. Lists are paged with `page`, `size` (at most "
						+ "100) and, where they can be ordered, `sort`, and answer one envelope: `items`, `page`, "
						+ "`size`, `totalItems`, `totalPages` and `links`."))
			// relative, so that the document is the same wherever the application runs
			.servers(List.of(new Server().url("/").description("This DataPact instance")))
			.components(components)
			.addSecurityItem(new SecurityRequirement().addList(TOKEN))
			.addSecurityItem(new SecurityRequirement().addList(SESSION));
	}

	/**
	 * What an answer holds: text or an option key, a number, a list of option keys, or
	 * null. Said as "any value but an object or a boolean" rather than as a {@code oneOf}
	 * of its types, since a {@code oneOf} with an array alternative makes the Java client
	 * that openapi-generator builds with its defaults fail to compile; the server refuses
	 * the rest (a list of anything but option keys) with 400 or 422.
	 */
	private static Schema<Object> answerValue() {
		Schema<Object> value = new Schema<>();
		value.setDescription("An answer's value: text, an option's key, a date (YYYY-MM-DD) or a country code as a "
				+ "string; a number; or the keys of the chosen options as a list of strings. Null clears an answer.");
		value.setNot(new Schema<>().anyOf(List.of(new ObjectSchema(), new BooleanSchema())));
		return value;
	}

}
