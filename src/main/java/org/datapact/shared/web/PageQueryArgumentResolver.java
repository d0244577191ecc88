package org.datapact.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;

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
 * describes. A value out of range or not understood answers 400 problem+json on the API;
 * a page shows its first page in the default order instead, with a warning saying why, so
 * that a mistyped link never costs a person more than a click.
 */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

	static final String PAGER_LINKS = "pager";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(PageQuery.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Paged paged = parameter.getParameterAnnotation(Paged.class);
		Spec spec = Spec.of(paged);
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
	 * its default and named in the problem.
	 */
	static Read read(Spec spec, HttpServletRequest request) {
		InvalidRequestException problem = null;
		int page = 0;
		String pageValue = request.getParameter(spec.name("page"));
		if (pageValue != null) {
			Integer parsed = parse(pageValue);
			if (parsed == null || parsed < 0 || parsed > PageQuery.MAX_PAGE) {
				problem = new InvalidRequestException(spec.name("page"), "paging.page.invalid");
			}
			else {
				page = parsed;
			}
		}
		int size = spec.size();
		String sizeValue = request.getParameter(spec.name("size"));
		if (sizeValue != null) {
			Integer parsed = parse(sizeValue);
			if (parsed == null || parsed < 1 || parsed > PageQuery.MAX_SIZE) {
				problem = (problem != null) ? problem
						: new InvalidRequestException(spec.name("size"), "paging.size.invalid", PageQuery.MAX_SIZE);
			}
			else {
				size = parsed;
			}
		}
		String sort = spec.defaultSort();
		boolean descending = spec.descending();
		// A list in one fixed order has no sort parameter, and ignores one like any other
		// parameter it does not know.
		String sortValue = spec.keys().isEmpty() ? null : request.getParameter(spec.name("sort"));
		if (sortValue != null) {
			Order order = spec.order(sortValue);
			if (order == null) {
				problem = (problem != null) ? problem : new InvalidRequestException(spec.name("sort"),
						"paging.sort.invalid", String.join(", ", spec.keys()));
			}
			else {
				sort = order.key();
				descending = order.descending();
			}
		}
		return new Read(new PageQuery(page, size, sort, descending), problem);
	}

	private static boolean isApi(MethodParameter parameter) {
		return AnnotatedElementUtils.hasAnnotation(parameter.getContainingClass(), ResponseBody.class)
				|| parameter.hasMethodAnnotation(ResponseBody.class);
	}

	private static Integer parse(String value) {
		String text = value.strip();
		if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Integer.valueOf(text);
	}

	record Read(PageQuery query, InvalidRequestException problem) {
	}

	record Order(String key, boolean descending) {
	}

	/** What a {@link Paged} annotation says, with the defaults when there is none. */
	record Spec(List<String> keys, boolean descending, int size, String prefix) {

		static Spec of(Paged paged) {
			if (paged == null) {
				return new Spec(List.of(), false, PageQuery.DEFAULT_SIZE, "");
			}
			return new Spec(List.of(paged.sort()), paged.descending(), paged.size(), paged.prefix());
		}

		String defaultSort() {
			return this.keys.isEmpty() ? null : this.keys.get(0);
		}

		String name(String parameter) {
			return this.prefix.isEmpty() ? parameter
					: this.prefix + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
		}

		/** The order a {@code sort} value asks for, or null when it names none. */
		Order order(String value) {
			String[] parts = value.strip().split(",", -1);
			if (parts.length > 2 || !this.keys.contains(parts[0].strip())) {
				return null;
			}
			if (parts.length == 1) {
				return new Order(parts[0].strip(), false);
			}
			return switch (parts[1].strip().toLowerCase(Locale.ROOT)) {
				case "asc" -> new Order(parts[0].strip(), false);
				case "desc" -> new Order(parts[0].strip(), true);
				default -> null;
			};
		}

		/** Every value {@code sort} accepts, for the API's documentation. */
		List<String> values() {
			List<String> values = new ArrayList<>();
			for (String key : this.keys) {
				values.add(key);
				values.add(key + ",asc");
				values.add(key + ",desc");
			}
			return values;
		}

	}

}
