package org.datapact.shared.web;

import java.lang.reflect.Method;
import java.util.List;

import org.datapact.shared.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How paged API operations read their paging parameters and build the envelope. */
class PagingTests {

	private final PageRequestParamsResolver resolver = new PageRequestParamsResolver();

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void defaultsToTheFirstPageOfTwentyInTheFirstDeclaredOrder() throws Exception {
		PageRequestParams params = resolve("sortable", request());
		assertThat(params).isEqualTo(new PageRequestParams(0, 20, "title", true));
		assertThat(params.pageable().getSort()).isEqualTo(Sort.by(Sort.Direction.ASC, "title"));
		assertThat(resolve("newestFirst", request()).pageable().getSort())
			.isEqualTo(Sort.by(Sort.Direction.DESC, "createdAt"));
		assertThat(resolve("fixedOrder", request()).pageable().getSort().isUnsorted()).isTrue();
	}

	@Test
	void readsPageSizeAndAnOfferedOrder() throws Exception {
		PageRequestParams params = resolve("sortable", request("page", "3", "size", "100", "sort", "createdAt,desc"));
		assertThat(params).isEqualTo(new PageRequestParams(3, 100, "createdAt", false));
		assertThat(params.offset()).isEqualTo(300);
		assertThat(resolve("sortable", request("sort", "createdAt,asc")).ascending()).isTrue();
		assertThat(resolve("sortable", request("sort", "createdAt")).ascending()).isTrue();
	}

	@Test
	void refusesWhatTheDocumentDoesNotAllow() {
		assertRefused("sortable", "size", request("size", "101"));
		assertRefused("sortable", "size", request("size", "0"));
		assertRefused("sortable", "size", request("size", "ten"));
		assertRefused("sortable", "page", request("page", "-1"));
		assertRefused("sortable", "page", request("page", "99999999999"));
		assertRefused("sortable", "page", request("page", "1", "page", "2"));
		assertRefused("sortable", "sort", request("sort", "password"));
		assertRefused("sortable", "sort", request("sort", "title,sideways"));
		assertRefused("sortable", "sort", request("sort", "title,asc,desc"));
		assertRefused("fixedOrder", "sort", request("sort", "title"));
	}

	@Test
	void envelopeLinksToNeighbourPagesWithTheSameFilters() {
		MockHttpServletRequest request = request("status", "ACTIVE", "page", "1", "size", "2");
		request.setRequestURI("/api/v1/projects");
		request.setQueryString("status=ACTIVE&size=2&page=1");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		PageResponse<String> page = PageResponse.of(List.of("c", "d"), new PageRequestParams(1, 2, null, true), 5);

		assertThat(page.totalPages()).isEqualTo(3);
		assertThat(page.totalItems()).isEqualTo(5);
		assertThat(page.links().self()).isEqualTo("/api/v1/projects?status=ACTIVE&size=2&page=1");
		assertThat(page.links().first()).isEqualTo("/api/v1/projects?status=ACTIVE&size=2&page=0");
		assertThat(page.links().prev()).isEqualTo("/api/v1/projects?status=ACTIVE&size=2&page=0");
		assertThat(page.links().next()).isEqualTo("/api/v1/projects?status=ACTIVE&size=2&page=2");
		assertThat(page.links().last()).isEqualTo("/api/v1/projects?status=ACTIVE&size=2&page=2");
		assertThat(page.map(String::toUpperCase).items()).containsExactly("C", "D");
	}

	@Test
	void anEmptyListHasOneEmptyPageAndNoNeighbours() {
		MockHttpServletRequest request = request();
		request.setRequestURI("/api/v1/users");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		PageResponse<String> page = PageResponse.of(List.of(), PageRequestParams.first(null), 0);

		assertThat(page.totalPages()).isZero();
		assertThat(page.links().prev()).isNull();
		assertThat(page.links().next()).isNull();
		assertThat(page.links().last()).isEqualTo("/api/v1/users?page=0");
	}

	private void assertRefused(String method, String parameter, MockHttpServletRequest request) {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> resolve(method, request))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(parameter));
	}

	private PageRequestParams resolve(String method, MockHttpServletRequest request) throws Exception {
		Method handler = Handlers.class.getDeclaredMethod(method, PageRequestParams.class);
		return this.resolver.resolveArgument(new MethodParameter(handler, 0), null, new ServletWebRequest(request),
				null);
	}

	private static MockHttpServletRequest request(String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things");
		for (int i = 0; i < parameters.length; i += 2) {
			request.addParameter(parameters[i], parameters[i + 1]);
		}
		return request;
	}

	static class Handlers {

		@SortableBy({ "title", "createdAt" })
		void sortable(PageRequestParams params) {
		}

		@SortableBy(value = "createdAt", descendingByDefault = true)
		void newestFirst(PageRequestParams params) {
		}

		void fixedOrder(PageRequestParams params) {
		}

	}

}
