package org.datapact.shared.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Which page of a list an API caller asks for: {@code page} counted from 0, {@code size}
 * from 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}) and, where the operation
 * declares {@link SortableBy}, {@code sort} as {@code property} or
 * {@code property,asc|desc}. Every paged API operation takes one, annotated
 * {@code @ParameterObject}; {@link PageRequestParamsResolver} reads it from the query and
 * answers 400 problem+json for a value out of range or a sort the operation does not
 * offer. Answer with a {@link PageResponse}.
 *
 * @param page the page, from 0
 * @param size items per page
 * @param sort the property to order by, as the API names it (one the operation declares)
 * @param ascending the direction of the order
 */
public record PageRequestParams(
		@Parameter(description = "Which page to return, counted from 0",
				schema = @Schema(type = "integer", format = "int32", minimum = "0", defaultValue = "0")) int page,
		@Parameter(description = "How many items a page holds, at most " + MAX_SIZE,
				schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
						defaultValue = "20")) int size,
		@Parameter(description = "The order of the items: a property, optionally followed by `,asc` or `,desc`",
				schema = @Schema(type = "string")) String sort,
		@Parameter(hidden = true) boolean ascending) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** The first page of the default size, in the given order. */
	public static PageRequestParams first(String sort) {
		return new PageRequestParams(0, DEFAULT_SIZE, sort, true);
	}

	/** Items to skip before this page. */
	public long offset() {
		return (long) this.page * this.size;
	}

	/**
	 * This page for Spring Data, ordered by the API's property name; a service whose
	 * column is named otherwise maps it with {@link #pageable(String)}.
	 */
	public Pageable pageable() {
		return pageable(this.sort);
	}

	/**
	 * This page for Spring Data, ordered by the given property in the asked direction.
	 */
	public Pageable pageable(String property) {
		if (property == null) {
			return PageRequest.of(this.page, this.size);
		}
		return PageRequest.of(this.page, this.size,
				Sort.by(this.ascending ? Sort.Direction.ASC : Sort.Direction.DESC, property));
	}

}
