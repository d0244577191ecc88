package org.datapact.shared.web;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datapact.shared.AuditEvent;
import org.datapact.shared.PageQuery;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query parameter of every GET route, found from the handler methods themselves,
 * gets malformed values (a word where a number, id or date belongs, a negative number, a
 * huge number, a control character, an over-long value), as an administrator who may
 * reach every route: each answer is the page again or a 4xx (problem+json on the API),
 * never a 500, and never shows an exception.
 */
@LiveServerTest
class MalformedQueryParametersTest {

	private static final List<String> MALFORMED = List.of("notavalue", "-1", "9".repeat(40), "a\u0000b",
			"x".repeat(5000), "2026-13-45");

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noMalformedQueryParameterOfAnyGetRouteGivesA500() {
		// lists of more than one page, so that pages show their pagers too
		for (int i = 0; i < 60; i++) {
			this.events.publishEvent(new AuditEvent("PROJECT_UPDATED", "Project", Fixtures.unique(), null, null, "test",
					AuditEvent.Outcome.SUCCESS, null));
		}
		LiveClient admin = new LiveClient(this.port).signIn(this.fixtures.admin());
		List<String> failures = new ArrayList<>();
		Set<String> checked = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = route.getValue();
			Set<RequestMethod> methods = route.getKey().getMethodsCondition().getMethods();
			if (!handler.getBeanType().getPackageName().startsWith("org.datapact")
					|| (!methods.isEmpty() && !methods.contains(RequestMethod.GET))) {
				continue;
			}
			Set<String> parameters = queryParameters(handler);
			for (String pattern : route.getKey().getPatternValues()) {
				String path = concrete(pattern, handler);
				for (String parameter : parameters) {
					checked.add(pattern + "?" + parameter);
					for (String value : MALFORMED) {
						String url = path + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
						HttpResponse<String> response = path.startsWith("/api/") ? admin.getJson(url) : admin.page(url);
						if (response.statusCode() >= 500 || leaks(response.body())) {
							failures.add(pattern + "?" + parameter + "=" + abbreviated(value) + " -> "
									+ response.statusCode());
						}
					}
				}
			}
		}
		assertThat(checked).as("query parameters found").hasSizeGreaterThan(10);
		assertThat(failures).as("malformed query parameters answered with a server error or a leak").isEmpty();
	}

	/**
	 * The query parameters a handler reads: request parameters, the pages of the paging
	 * convention, and the components of forms bound from the query.
	 */
	private static Set<String> queryParameters(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			RequestParam request = parameter.getParameterAnnotation(RequestParam.class);
			if (request != null) {
				String name = !request.name().isEmpty() ? request.name() : parameter.getParameterName();
				if (name != null && !Map.class.isAssignableFrom(type)) {
					names.add(name);
				}
			}
			else if (type == PageQuery.class) {
				PagingSpec spec = PagingSpec.of(parameter.getParameterAnnotation(Paged.class));
				names.addAll(List.of(spec.name("page"), spec.name("size"), spec.name("sort")));
			}
			else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| parameter.hasParameterAnnotation(org.springdoc.core.annotations.ParameterObject.class))) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		return names;
	}

	/**
	 * The route with each path variable filled in: an id nobody has, a number, or a word,
	 * as its type asks (the parameters are read before the record is looked up).
	 */
	private static String concrete(String pattern, HandlerMethod handler) {
		Matcher variables = PATH_VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			variables.appendReplacement(path, Matcher.quoteReplacement(valueFor(variables.group(1), handler)));
		}
		variables.appendTail(path);
		return path.toString().replace("/**", "");
	}

	private static String valueFor(String variable, HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
			String name = (annotation == null) ? null
					: !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
			if (variable.equals(name)) {
				Class<?> type = parameter.getParameterType();
				if (type == UUID.class) {
					return UUID.randomUUID().toString();
				}
				if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
					return "1";
				}
			}
		}
		return "x";
	}

	private static boolean leaks(String body) {
		return body != null && (body.contains("\tat ") || body.contains("Exception") || body.contains("Caused by")
				|| body.contains("org.springframework") || body.contains("Apache Tomcat"));
	}

	private static String abbreviated(String value) {
		return (value.length() > 20) ? value.substring(0, 20) + "…(" + value.length() + ")"
				: value.replace("\0", "\\0");
	}

}
