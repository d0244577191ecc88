package org.datapact.shared;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Which page of a list to read: a zero-based page number, a size between 1 and
 * {@link #MAX_SIZE}, and an order (a key the list names, ascending or descending). Every
 * list of the application, on its pages and in the API, is read this way, so none answers
 * more than a page of rows; a controller takes one as a parameter (described by
 * {@code @Paged}) and a service answers a {@link ListPage}.
 */
public record PageQuery(int page, int size, String sort, boolean descending) {

	/** Rows on a page unless the caller asks for another size. */
	public static final int DEFAULT_SIZE = 20;

	/** The most rows any list answers at once. */
	public static final int MAX_SIZE = 100;

	/** The highest page number accepted, so that no offset overflows. */
	public static final int MAX_PAGE = 1_000_000;

	public PageQuery {
		if (page < 0 || page > MAX_PAGE) {
			throw new IllegalArgumentException("page out of range: " + page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size out of range: " + size);
		}
	}

	/** The first page of the default size in the given order. */
	public static PageQuery first(String sort, boolean descending) {
		return new PageQuery(0, DEFAULT_SIZE, sort, descending);
	}

	/** The first page of the given size, in the list's own order. */
	public static PageQuery firstOf(int size) {
		return new PageQuery(0, size, null, false);
	}

	/** The same query for another page. */
	public PageQuery withPage(int page) {
		return new PageQuery(page, this.size, this.sort, this.descending);
	}

	/** The same query with another page size. */
	public PageQuery withSize(int size) {
		return new PageQuery(this.page, size, this.sort, this.descending);
	}

	/** The same query in another order. */
	public PageQuery withOrder(String sort, boolean descending) {
		return new PageQuery(this.page, this.size, sort, descending);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/** Whether the list is to be ordered by this key. */
	public boolean sortedBy(String key) {
		return key.equals(this.sort);
	}

	/** The rows of this page of a list that holds {@code totalItems} rows in all. */
	public <T> ListPage<T> of(List<T> items, long totalItems) {
		return new ListPage<>(items, this.page, this.size, totalItems);
	}

	/**
	 * This page of a list already in memory (one whose size is bounded elsewhere, such as
	 * what needs attention today), in the list's own order.
	 */
	public <T> ListPage<T> slice(List<T> all) {
		int from = (int) Math.min(all.size(), offset());
		return of(all.subList(from, Math.min(all.size(), from + this.size)), all.size());
	}

	/**
	 * This page for Spring Data, ordered by the given properties (the first in this
	 * query's direction, the others as tie-breakers in ascending order).
	 */
	public Pageable pageable(Sort order) {
		return PageRequest.of(this.page, this.size, order);
	}

	public Sort.Direction direction() {
		return this.descending ? Sort.Direction.DESC : Sort.Direction.ASC;
	}

}
