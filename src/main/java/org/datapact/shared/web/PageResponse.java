package org.datapact.shared.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * One page of a list, the envelope of every API collection: the items, where the page is,
 * how many items there are in all, and links to the neighbouring pages. Links are
 * relative to the server (path and query, keeping the filters, size and order), so they
 * never carry a forged {@code Host}. A paged operation takes a {@link PageQuery}
 * (annotated {@link Paged} where it offers orders) and answers
 * {@code PageResponse.of(service.page(..., query))}.
 *
 * @param <T> the items' type
 * @param items the items of this page
 * @param page this page, from 0
 * @param size the page size asked for
 * @param totalItems items in the whole list
 * @param totalPages pages in the whole list (0 when the list is empty)
 * @param links this page and its neighbours
 */
@Schema(description = "One page of a list. Ask for others with the page parameter or follow the links.")
public record PageResponse<T>(
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "The items of this page, in the list's order") List<T> items,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "This page, counted from 0",
				minimum = "0") int page,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "The page size asked for", minimum = "1",
				maximum = "100") int size,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "How many items the whole list holds",
				minimum = "0") long totalItems,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "How many pages the whole list fills (0 when it is empty)", minimum = "0") int totalPages,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "Links to this page and its neighbours") Links links) {

	/** A page a service read, with links built from this request. */
	public static <T> PageResponse<T> of(ListPage<T> page) {
		int totalPages = (int) ((page.totalItems() + page.size() - 1) / page.size());
		return new PageResponse<>(page.items(), page.page(), page.size(), page.totalItems(), totalPages,
				Links.of(new PagerLinks(currentRequest(), "page"), page.page(), totalPages));
	}

	/** The items of the asked page of a list of {@code totalItems} items. */
	public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
		return of(query.of(items, totalItems));
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
	 * @param prev the page before, null on the first (the last page when this one is past
	 * the end)
	 * @param next the page after, null on the last
	 * @param last the last page (the first when the list is empty)
	 */
	public record Links(
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "This page",
					example = "/api/v1/projects?page=1") String self,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "The first page") String first,
			@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
					description = "The page before; null on the first page") @Nullable String prev,
			@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
					description = "The page after; null on the last page") @Nullable String next,
			@Schema(requiredMode = RequiredMode.REQUIRED,
					description = "The last page (the first when the list is empty)") String last) {

		static Links of(PagerLinks links, int page, int totalPages) {
			int last = Math.max(0, totalPages - 1);
			return new Links(links.to(page), links.to(0), (page > 0) ? links.to(Math.min(page - 1, last)) : null,
					(page < last) ? links.to(page + 1) : null, links.to(last));
		}

	}

}
