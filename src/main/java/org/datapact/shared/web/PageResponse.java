package org.datapact.shared.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.ListPage;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, the envelope of every API collection: the items, where the page is,
 * how many items there are in all, and links to the neighbouring pages. Links are
 * relative to the server (path and query), so they never carry a forged {@code Host}.
 *
 * @param <T> the items' type
 * @param items the items of this page
 * @param page this page, from 0
 * @param size the page size asked for
 * @param totalItems items in the whole list
 * @param totalPages pages in the whole list (0 when the list is empty)
 * @param links this page and its neighbours
 */
public record PageResponse<T>(@Schema(description = "The items of this page") List<T> items,
		@Schema(description = "This page, counted from 0", minimum = "0") int page,
		@Schema(description = "The page size asked for", minimum = "1", maximum = "100") int size,
		@Schema(description = "How many items the whole list holds", minimum = "0") long totalItems,
		@Schema(description = "How many pages the whole list fills (0 when it is empty)", minimum = "0") int totalPages,
		@Schema(description = "Links to this page and its neighbours") Links links) {

	/**
	 * A page of a list of {@code totalItems} items, with links built from this request.
	 */
	public static <T> PageResponse<T> of(List<T> items, PageRequestParams request, long totalItems) {
		int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
		return new PageResponse<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages,
				Links.of(currentRequest(), request.page(), totalPages));
	}

	/** A page a service read, with links built from this request. */
	public static <T> PageResponse<T> of(ListPage<T> page) {
		return of(page.items(), new PageRequestParams(page.page(), page.size(), null, true), page.totalItems());
	}

	/** A Spring Data page, with links built from this request. */
	public static <T> PageResponse<T> of(Page<T> page, PageRequestParams request) {
		return of(page.getContent(), request, page.getTotalElements());
	}

	/** The same page with each item mapped. */
	public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
		return new PageResponse<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.totalItems,
				this.totalPages, this.links);
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	/**
	 * Relative links (path and query) to pages of the same list, with the same filters.
	 *
	 * @param self this page
	 * @param first the first page
	 * @param prev the page before, null on the first
	 * @param next the page after, null on the last
	 * @param last the last page (the first when the list is empty)
	 */
	public record Links(@Schema(description = "This page", example = "/api/v1/projects?page=1&size=20") String self,
			@Schema(description = "The first page") String first,
			@Schema(description = "The page before; null on the first page") @Nullable String prev,
			@Schema(description = "The page after; null on the last page") @Nullable String next,
			@Schema(description = "The last page (the first when the list is empty)") String last) {

		static Links of(@Nullable HttpServletRequest request, int page, int totalPages) {
			int last = Math.max(0, totalPages - 1);
			return new Links(link(request, page), link(request, 0), (page > 0) ? link(request, page - 1) : null,
					(page < last) ? link(request, page + 1) : null, link(request, last));
		}

		private static String link(@Nullable HttpServletRequest request, int page) {
			if (request == null) {
				return "?page=" + page;
			}
			return UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam("page", page)
				.build()
				.toUriString();
		}

	}

}
