package org.datapact.shared.web;

import java.util.ArrayList;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.datapact.shared.PageQuery;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the paging parameters of every API list from the same {@link Paged}
 * annotation that {@link PageQueryArgumentResolver} reads, so the document and the server
 * agree on names, ranges, defaults and the orders each list offers.
 */
@Component
class PagingDocumentation implements OperationCustomizer {

	static {
		// Built from the query string by PageQueryArgumentResolver, not bound as an
		// object.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		for (MethodParameter parameter : handlerMethod.getMethodParameters()) {
			if (parameter.getParameterType().equals(PageQuery.class)) {
				document(operation, PageQueryArgumentResolver.Spec.of(parameter.getParameterAnnotation(Paged.class)));
			}
		}
		return operation;
	}

	private static void document(Operation operation, PageQueryArgumentResolver.Spec spec) {
		if (operation.getParameters() == null) {
			operation.setParameters(new ArrayList<>());
		}
		operation.getParameters()
			.add(new Parameter().in("query")
				.name(spec.name("page"))
				.required(false)
				.description("Which page to answer, counted from 0; past the last page the items are empty")
				.schema(new IntegerSchema().format("int32")
					.minimum(java.math.BigDecimal.ZERO)
					.maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_PAGE))
					._default(0)));
		operation.getParameters()
			.add(new Parameter().in("query")
				.name(spec.name("size"))
				.required(false)
				.description("How many items a page holds, at most " + PageQuery.MAX_SIZE)
				.schema(new IntegerSchema().format("int32")
					.minimum(java.math.BigDecimal.ONE)
					.maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_SIZE))
					._default(spec.size())));
		if (!spec.keys().isEmpty()) {
			StringSchema sort = new StringSchema();
			spec.values().forEach(sort::addEnumItem);
			sort.setDefault(spec.defaultSort() + (spec.descending() ? ",desc" : ""));
			operation.getParameters()
				.add(new Parameter().in("query")
					.name(spec.name("sort"))
					.required(false)
					.description("The order of the items: a key, optionally followed by ,asc or ,desc (ascending "
							+ "unless said); ties are broken by a stable key")
					.schema(sort));
		}
	}

}
