package org.datapact.support.contract;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Puts the API contract check into every MockMvc of every test context, registered in
 * {@code META-INF/spring.factories}: no test opts in, none can opt out. Each application
 * context that serves the OpenAPI document offers it to {@link ApiContract}.
 */
public class ApiContractContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	/** The document as the application serves it, read without the security filters. */
	public static String document(WebApplicationContext context) {
		try {
			MockMvc plain = MockMvcBuilders.webAppContextSetup(context).build();
			return plain.perform(get("/v3/api-docs"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read the OpenAPI document", ex);
		}
	}

	/** The same for every test class, so that contexts stay shared. */
	static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.addApplicationListener((ApplicationListener<ContextRefreshedEvent>) (event) -> {
				if (event.getApplicationContext() instanceof WebApplicationContext web
						&& web.getBeanNamesForType(OpenApiWebMvcResource.class).length > 0) {
					ApiContract.offer(() -> document(web));
				}
			});
			if (context instanceof BeanDefinitionRegistry registry) {
				registry.registerBeanDefinition("apiContractMockMvcCustomizer",
						new RootBeanDefinition(ContractChecking.class));
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

	/** Checks every MockMvc exchange with an API path against the document. */
	static final class ContractChecking implements MockMvcBuilderCustomizer {

		@Override
		public void customize(ConfigurableMockMvcBuilder<?> builder) {
			builder.alwaysDo((result) -> {
				ApiInteraction interaction = interaction(result);
				if (interaction.isApi()) {
					ApiContract.get().check(interaction);
				}
			});
		}

		private static ApiInteraction interaction(MvcResult result) throws Exception {
			MockHttpServletRequest request = result.getRequest();
			MockHttpServletResponse response = result.getResponse();
			Map<String, List<String>> query = new LinkedHashMap<>();
			if (request.getQueryString() != null || "GET".equals(request.getMethod())
					|| "DELETE".equals(request.getMethod())) {
				request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
			}
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : List.of("Content-Type", "Accept")) {
				List<String> values = Collections.list(request.getHeaders(name));
				if (!values.isEmpty()) {
					headers.put(name, values);
				}
			}
			byte[] body = request.getContentAsByteArray();
			// sendError leaves the body to the container's error page, which MockMvc does
			// not render: only the status can be checked
			boolean containerError = response.getStatus() >= 400 && response.getContentAsByteArray().length == 0
					&& response.getContentType() == null;
			return new ApiInteraction(request.getMethod(), request.getRequestURI(), query, headers,
					(body != null) ? new String(body, StandardCharsets.UTF_8) : null, response.getStatus(),
					response.getContentType(), response.getContentAsString(StandardCharsets.UTF_8), containerError);
		}

	}

}
