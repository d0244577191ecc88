package org.datapact.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.datapact.shared.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes how API callers authenticate: a personal token, or the browser session. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// Resolved from the security context, never sent by the caller.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI dataPactOpenApi() {
		return new OpenAPI()
			.info(new Info().title("DataPact API")
				.version("v1")
				.description("Governed sharing of sensitive data between organisations. Errors are RFC 9457 "
						+ "problem+json. Partners and volunteers see only their own organisation's records; "
						+ "another organisation's record answers 404."))
			.components(new Components()
				.addSecuritySchemes("token",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal API token created on your profile page (dp_…)"))
				.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name("JSESSIONID")
					.description("The browser session; state-changing calls then need the X-CSRF-TOKEN header")))
			.addSecurityItem(new SecurityRequirement().addList("token"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}

}
