package org.datapact.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.datapact.shared.PageQuery;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Paged} annotation says about a list's paging parameters, with the
 * defaults when there is none: read by {@link PageQueryArgumentResolver} to check a
 * request and by the OpenAPI document to describe it, so the two always agree.
 *
 * @param keys the orders the list offers, the default first; empty for a list in one
 * fixed order
 * @param descending whether the default order runs from the largest value
 * @param size rows per page when the caller does not say
 * @param prefix distinguishes the parameters of one of several lists on a page
 */
public record PagingSpec(List<String> keys, boolean descending, int size, String prefix) {

	public static PagingSpec of(@Nullable Paged paged) {
		if (paged == null) {
			return new PagingSpec(List.of(), false, PageQuery.DEFAULT_SIZE, "");
		}
		return new PagingSpec(List.of(paged.sort()), paged.descending(), paged.size(), paged.prefix());
	}

	public @Nullable String defaultSort() {
		return this.keys.isEmpty() ? null : this.keys.get(0);
	}

	/** The query parameter's name: {@code page}, or {@code tokensPage} with a prefix. */
	public String name(String parameter) {
		return this.prefix.isEmpty() ? parameter
				: this.prefix + Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
	}

	/** The order a {@code sort} value asks for, or null when it names none. */
	@Nullable Order order(String value) {
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

	/** Every value {@code sort} accepts. */
	public List<String> values() {
		List<String> values = new ArrayList<>();
		for (String key : this.keys) {
			values.add(key);
			values.add(key + ",asc");
			values.add(key + ",desc");
		}
		return values;
	}

	record Order(String key, boolean descending) {
	}

}
