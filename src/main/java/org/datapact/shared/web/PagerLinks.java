package org.datapact.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.datapact.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of the list a request shows, for a page's pager and the API's
 * envelope alike: the same path and query (filters, size, order) with another page
 * number. Built from the query string only, never from a form's body, and relative to the
 * server, so that no link depends on the {@code Host} header a client sent.
 */
public final class PagerLinks {

	private final @Nullable HttpServletRequest request;

	private final String pageParameter;

	private final String sortParameter;

	private final List<String> sortKeys;

	private final @Nullable PageQuery query;

	PagerLinks(@Nullable HttpServletRequest request, String pageParameter) {
		this(request, pageParameter, "sort", List.of(), null);
	}

	PagerLinks(@Nullable HttpServletRequest request, String pageParameter, String sortParameter, List<String> sortKeys,
			@Nullable PageQuery query) {
		this.request = request;
		this.pageParameter = pageParameter;
		this.sortParameter = sortParameter;
		this.sortKeys = List.copyOf(sortKeys);
		this.query = query;
	}

	/** The orders the list offers, by key, for a choice of order on the page. */
	public List<String> getSortKeys() {
		return this.sortKeys;
	}

	/** The name of the parameter that chooses the order. */
	public String getSortParameter() {
		return this.sortParameter;
	}

	/** The page, size and order shown. */
	public @Nullable PageQuery getQuery() {
		return this.query;
	}

	/** The link to the given page (counted from 0). */
	public String to(long page) {
		if (this.request == null) {
			return "?" + this.pageParameter + "=" + page;
		}
		return UriComponentsBuilder.fromPath(this.request.getRequestURI())
			.query(this.request.getQueryString())
			.replaceQueryParam(this.pageParameter, page)
			.build()
			.toUriString();
	}

}
