package org.datapact.shared.web;

import java.util.Arrays;
import java.util.List;

import org.datapact.shared.InvalidRequestException;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link PageRequestParams} from the query: a missing value takes its default, a
 * value that is not a number, out of range, repeated, or a sort the operation does not
 * declare in {@link SortableBy} answers 400 with the parameter named.
 */
class PageRequestParamsResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageRequestParams.class;
	}

	@Override
	public PageRequestParams resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		int page = number(request, "page", 0, 0, Integer.MAX_VALUE / PageRequestParams.MAX_SIZE);
		int size = number(request, "size", PageRequestParams.DEFAULT_SIZE, 1, PageRequestParams.MAX_SIZE);
		SortableBy sortable = parameter.getMethodAnnotation(SortableBy.class);
		String sort = single(request, "sort");
		if (sortable == null) {
			if (sort != null) {
				throw new InvalidRequestException("sort", "api.paging.sort.none");
			}
			return new PageRequestParams(page, size, null, true);
		}
		if (sort == null) {
			return new PageRequestParams(page, size, sortable.value()[0], !sortable.descendingByDefault());
		}
		String[] parts = sort.split(",", -1);
		List<String> properties = Arrays.asList(sortable.value());
		if (parts.length > 2 || !properties.contains(parts[0])
				|| (parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc"))) {
			throw new InvalidRequestException("sort", "api.paging.sort.invalid", String.join(", ", properties));
		}
		return new PageRequestParams(page, size, parts[0], parts.length == 1 || parts[1].equals("asc"));
	}

	private static int number(NativeWebRequest request, String name, int byDefault, int min, int max) {
		String value = single(request, name);
		if (value == null) {
			return byDefault;
		}
		if (!value.matches("[0-9]{1,9}")) {
			throw new InvalidRequestException(name, "api.paging.range", min, max);
		}
		int number = Integer.parseInt(value);
		if (number < min || number > max) {
			throw new InvalidRequestException(name, "api.paging.range", min, max);
		}
		return number;
	}

	private static String single(NativeWebRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			throw new InvalidRequestException(name, "api.paging.repeated");
		}
		return values[0].strip();
	}

}
