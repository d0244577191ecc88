package org.datapact.shared.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.Paged;
import org.datapact.shared.web.PagingSpec;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the paging parameters of every API list from the same {@link Paged}
 * annotation that the server checks them by, so the document and the server agree on
 * names, ranges, defaults and the orders each list offers ({@code sort} is left out where
 * the list has one fixed order). It runs before {@link ErrorResponses}, which documents a
 * 400 for every operation that takes parameters, paging ones included.
 */
@Component
@Order(0)
class PagingDocumentation implements OperationCustomizer {

	private static final Set<String> RECORD_COMPONENTS = Set.of("page", "size", "sort", "descending");

	static {
		// Read from the query string by the argument resolver, not bound as an object.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
			if (parameter.getParameterType().equals(PageQuery.class)) {
				document(operation, PagingSpec.of(parameter.getParameterAnnotation(Paged.class)));
			}
		}
		return operation;
	}

	private static void document(Operation operation, PagingSpec spec) {
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters()
				: new ArrayList<>();
		// A PageQuery marked @ParameterObject would have been expanded into its
		// components.
		parameters.removeIf((parameter) -> RECORD_COMPONENTS.contains(parameter.getName()));
		parameters.add(new Parameter().in("query")
			.name(spec.name("page"))
			.required(false)
			.description("Which page to return, counted from 0; past the last page the items are empty")
			.schema(new IntegerSchema().format("int32")
				.minimum(BigDecimal.ZERO)
				.maximum(BigDecimal.valueOf(PageQuery.MAX_PAGE))
				._default(0)));
		parameters.add(new Parameter().in("query")
			.name(spec.name("size"))
			.required(false)
			.description("How many items a page holds, at most " + PageQuery.MAX_SIZE)
			.schema(new IntegerSchema().format("int32")
				.minimum(BigDecimal.ONE)
				.maximum(BigDecimal.valueOf(PageQuery.MAX_SIZE))
				._default(spec.size())));
		if (!spec.keys().isEmpty()) {
			StringSchema sort = new StringSchema();
			spec.values().forEach(sort::addEnumItem);
			sort.setDefault(spec.defaultSort() + (spec.descending() ? ",desc" : ""));
			parameters.add(new Parameter().in("query")
				.name(spec.name("sort"))
				.required(false)
				.description("The order of the items: " + String.join(", ", spec.keys())
						+ ", optionally followed by `,asc` or `,desc`; by default " + sort.getDefault()
						+ "; ties are broken by a stable key")
				.schema(sort));
		}
		operation.setParameters(parameters);
	}

}
