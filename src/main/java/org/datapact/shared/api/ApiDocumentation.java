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
	 * What an answer holds: a string, a number, a list of strings and numbers, or null.
	 * The document says "anything but an object or a boolean" and leaves the list's items
	 * to the description, because every way of saying them that a validator reads breaks
	 * the Java client that openapi-generator (7.25.0, default options) builds: a
	 * {@code oneOf} or {@code anyOf} with an array alternative, even inside a
	 * {@code not}, becomes a wrapper class that does not compile
	 * ({@code List<String>.class}), and a schema with {@code items} but no type is read
	 * as an array by the parsers of both the generator and the validators. So a list
	 * holding anything but strings and numbers is the one value the document allows and
	 * the server refuses (400, naming {@code value}); {@code AnswerValueContractTest}
	 * proves that it is the only one, and that whatever the document refuses, the server
	 * refuses too.
	 */
	private static Schema<Object> answerValue() {
		Schema<Object> value = new Schema<>();
		value.setDescription("An answer's value: a string (text, an option's key, a date as YYYY-MM-DD or a "
				+ "country code), a number, a list of strings and numbers (the keys of the chosen options), or "
				+ "null to clear the answer; never a boolean or an object. A list holding anything else (a "
				+ "boolean, an object, a list or null) is refused with 400 too, although this schema does not say "
				+ "so: openapi-generator's Java client cannot compile a schema that does. The server reads a "
				+ "string or a number as one value and a list as several, then checks them against the "
				+ "question's type in the template: one value for text, date, country, yes/no/unknown and "
				+ "single-choice questions, option keys for multiple-choice ones, a number within the question's "
				+ "range for number ones; a value that does not fit answers 422 with the reason.");
		value.setNot(new Schema<>().anyOf(List.of(new ObjectSchema(), new BooleanSchema())));
		return value;
	}

}
