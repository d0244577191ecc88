package org.datapact.shared.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.ListPage;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one shape of every list the API answers: a page of items, where it is in the list,
 * and links to the pages beside it (relative to the server, keeping the request's
 * filters, size and order).
 */
@Schema(description = "One page of a list. Ask for others with the page parameter or follow the links.")
public record PageOf<T>(
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "The items on this page, in the list's order") List<T> items,
		@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0",
				description = "This page's number, counted from 0") int page,
		@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "100",
				description = "The most items a page holds, as asked for (default 20)") int size,
		@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0",
				description = "How many items the whole list holds") long totalItems,
		@Schema(requiredMode = RequiredMode.REQUIRED) Links links) {

	/** The page, with links built from the current request. */
	public static <T> PageOf<T> of(ListPage<T> page) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		PagerLinks links = new PagerLinks(request, "page");
		return new PageOf<>(page.items(), page.page(), page.size(), page.totalItems(),
				new Links(links.to(page.page()), links.to(0), links.to(page.totalPages() - 1),
						page.hasNext() ? links.to(page.page() + 1) : null,
						page.hasPrevious() ? links.to(Math.min(page.page(), page.totalPages()) - 1) : null));
	}

	@Schema(name = "PageLinks", description = "Links to this page and the pages beside it, relative to the server")
	public record Links(@Schema(requiredMode = RequiredMode.REQUIRED, description = "This page") String self,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "The first page") String first,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "The last page") String last,
			@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
					description = "The next page; null on the last page") String next,
			@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
					description = "The previous page; null on the first page") String previous) {
	}

}
