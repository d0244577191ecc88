package org.datapact.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a {@link PageQuery} from the query string as its {@link Paged} annotation
 * describes: the one way every list, page and API collection, is asked for. A value that
 * is not a number, out of range, repeated, or an order the list does not offer answers
 * 400 problem+json on the API, naming the parameter; a page shows its first page in the
 * default order instead, with a warning saying why, so that a mistyped link never costs a
 * person more than a click.
 */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

	static final String PAGER_LINKS = "pager";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(PageQuery.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		PagingSpec spec = PagingSpec.of(parameter.getParameterAnnotation(Paged.class));
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		Read read = read(spec, request);
		if (read.problem() != null) {
			if (isApi(parameter)) {
				throw read.problem();
			}
			if (mavContainer != null && !mavContainer.containsAttribute("flashWarning")) {
				mavContainer.addAttribute("flashWarning", new FlashMessages.Flash("paging.ignored",
						new Object[] { new DefaultMessageSourceResolvable(new String[] { read.problem().messageKey() },
								read.problem().arguments()) }));
			}
		}
		if (mavContainer != null && !isApi(parameter)) {
			mavContainer.addAttribute(spec.prefix().isEmpty() ? PAGER_LINKS : spec.prefix() + "Pager",
					new PagerLinks(request, spec.name("page"), spec.name("sort"), spec.keys(), read.query()));
		}
		return read.query();
	}

	/**
	 * The query the parameters ask for; a parameter that cannot be used is replaced by
	 * its default and named in the problem (the first one found).
	 */
	static Read read(PagingSpec spec, HttpServletRequest request) {
		Read read = new Read(PageQuery.first(spec.defaultSort(), spec.descending()).withSize(spec.size()), null);
		try {
			String pageValue = single(request, spec.name("page"));
			if (pageValue != null) {
				Integer page = parse(pageValue);
				if (page == null || page > PageQuery.MAX_PAGE) {
					throw new InvalidRequestException(spec.name("page"), "paging.page.invalid", PageQuery.MAX_PAGE);
				}
				read = new Read(read.query().withPage(page), null);
			}
			String sizeValue = single(request, spec.name("size"));
			if (sizeValue != null) {
				Integer size = parse(sizeValue);
				if (size == null || size < 1 || size > PageQuery.MAX_SIZE) {
					throw new InvalidRequestException(spec.name("size"), "paging.size.invalid", PageQuery.MAX_SIZE);
				}
				read = new Read(read.query().withSize(size), null);
			}
			String sortValue = single(request, spec.name("sort"));
			if (sortValue != null) {
				if (spec.keys().isEmpty()) {
					throw new InvalidRequestException(spec.name("sort"), "paging.sort.none");
				}
				PagingSpec.Order order = spec.order(sortValue);
				if (order == null) {
					throw new InvalidRequestException(spec.name("sort"), "paging.sort.invalid",
							String.join(", ", spec.keys()));
				}
				read = new Read(read.query().withOrder(order.key(), order.descending()), null);
			}
			return read;
		}
		catch (InvalidRequestException problem) {
			return new Read(PageQuery.first(spec.defaultSort(), spec.descending()).withSize(spec.size()), problem);
		}
	}

	private static boolean isApi(MethodParameter parameter) {
		return AnnotatedElementUtils.hasAnnotation(parameter.getContainingClass(), ResponseBody.class)
				|| parameter.hasMethodAnnotation(ResponseBody.class);
	}

	private static @Nullable String single(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			throw new InvalidRequestException(name, "paging.repeated");
		}
		return values[0];
	}

	private static @Nullable Integer parse(String value) {
		String text = value.strip();
		if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Integer.valueOf(text);
	}

	record Read(PageQuery query, @Nullable InvalidRequestException problem) {
	}

}
