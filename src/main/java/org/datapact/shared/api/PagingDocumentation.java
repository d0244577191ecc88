package org.datapact.shared.api;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.datapact.shared.web.PageRequestParams;
import org.datapact.shared.web.SortableBy;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the paging parameters of each paged operation as the server checks them:
 * {@code sort} enumerates exactly the orders the operation declares with
 * {@link SortableBy}, or is left out where the list has one fixed order.
 */
@Component
class PagingDocumentation implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		boolean paged = Arrays.stream(handlerMethod.getMethodParameters())
			.anyMatch((parameter) -> parameter.getParameterType() == PageRequestParams.class);
		if (!paged || operation.getParameters() == null) {
			return operation;
		}
		SortableBy sortable = handlerMethod.getMethodAnnotation(SortableBy.class);
		List<Parameter> parameters = operation.getParameters();
		parameters.removeIf((parameter) -> "ascending".equals(parameter.getName()));
		if (sortable == null) {
			parameters.removeIf((parameter) -> "sort".equals(parameter.getName()));
			return operation;
		}
		parameters.stream().filter((parameter) -> "sort".equals(parameter.getName())).forEach((parameter) -> {
			StringSchema schema = new StringSchema();
			schema.setEnum(sortValues(sortable));
			schema.setDefault(sortable.value()[0] + (sortable.descendingByDefault() ? ",desc" : ""));
			parameter.setSchema(schema);
			parameter.setDescription("The order of the items: " + String.join(", ", sortable.value())
					+ ", optionally followed by `,asc` or `,desc`; by default " + schema.getDefault());
		});
		return operation;
	}

	static List<String> sortValues(SortableBy sortable) {
		return Arrays.stream(sortable.value())
			.flatMap((property) -> List.of(property, property + ",asc", property + ",desc").stream())
			.toList();
	}

}
