package org.datapact.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list: its rows, its zero-based number, the page size asked for, and how
 * many rows the whole list holds.
 */
public record ListPage<T>(List<T> items, int page, int size, long totalItems) {

	public ListPage {
		items = List.copyOf(items);
	}

	/** A page read through Spring Data, its rows turned into what callers see. */
	public static <E, T> ListPage<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
		return new ListPage<>(page.getContent().stream().<T>map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

	public <R> ListPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ListPage<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.totalItems);
	}

	/** How many pages the list fills; at least one, so that an empty list has a page. */
	public int totalPages() {
		return (int) Math.max(1, (this.totalItems + this.size - 1) / this.size);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	/** The page before this one: the last page when this one is past the end. */
	public int previousPage() {
		return Math.min(this.page - 1, totalPages() - 1);
	}

	/** Whether this is the last page (or past it). */
	public boolean isLast() {
		return this.page + 1 >= totalPages();
	}

	/**
	 * Whether there is more than this page to see: more than one page, or a page past the
	 * first.
	 */
	public boolean spansPages() {
		return totalPages() > 1 || this.page > 0;
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.totalItems;
	}

	/** The position of the first row on this page, counted from one (0 when empty). */
	public long firstItem() {
		return this.items.isEmpty() ? 0 : (long) this.page * this.size + 1;
	}

	/** The position of the last row on this page, counted from one (0 when empty). */
	public long lastItem() {
		return this.items.isEmpty() ? 0 : (long) this.page * this.size + this.items.size();
	}

}
