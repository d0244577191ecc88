package org.datapact.shared.web;

import java.lang.reflect.Method;
import java.util.List;

import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How lists read their paging parameters, on the API and on pages, and how the API's
 * envelope is built.
 */
class PagingTests {

	private final PageQueryArgumentResolver resolver = new PageQueryArgumentResolver();

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void defaultsToTheFirstPageOfTwentyInTheFirstDeclaredOrder() throws Exception {
		assertThat(resolve("sortable", request())).isEqualTo(new PageQuery(0, 20, "title", false));
		assertThat(resolve("newestFirst", request())).isEqualTo(new PageQuery(0, 20, "createdAt", true));
		assertThat(resolve("fixedOrder", request())).isEqualTo(new PageQuery(0, 20, null, false));
	}

	@Test
	void readsPageSizeAndAnOfferedOrder() throws Exception {
		PageQuery query = resolve("sortable", request("page", "3", "size", "100", "sort", "createdAt,desc"));
		assertThat(query).isEqualTo(new PageQuery(3, 100, "createdAt", true));
		assertThat(query.offset()).isEqualTo(300);
		assertThat(resolve("sortable", request("sort", "createdAt,asc")).descending()).isFalse();
		assertThat(resolve("sortable", request("sort", "createdAt")).descending()).isFalse();
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
	void aPageShowsItsFirstPageWithAWarningInsteadAndReadsItsOwnPrefix() throws Exception {
		ModelAndViewContainer model = new ModelAndViewContainer();
		PageQuery query = (PageQuery) this.resolver.resolveArgument(parameter("onAPage"), model,
				new ServletWebRequest(request("tokensPage", "2", "tokensSize", "5000", "page", "7")), null);

		assertThat(query).isEqualTo(new PageQuery(0, 10, null, false));
		assertThat(model.getModel().get("flashWarning")).isInstanceOf(FlashMessages.Flash.class);
		assertThat(model.getModel().get("tokensPager")).isInstanceOf(PagerLinks.class);

		PageQuery asked = (PageQuery) this.resolver.resolveArgument(parameter("onAPage"), new ModelAndViewContainer(),
				new ServletWebRequest(request("tokensPage", "2", "page", "7")), null);
		assertThat(asked).isEqualTo(new PageQuery(2, 10, null, false));
	}

	@Test
	void envelopeLinksToNeighbourPagesWithTheSameFilters() {
		MockHttpServletRequest request = request("status", "ACTIVE", "page", "1", "size", "2");
		request.setRequestURI("/api/v1/projects");
		request.setQueryString("status=ACTIVE&size=2&page=1");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		PageResponse<String> page = PageResponse.of(List.of("c", "d"), new PageQuery(1, 2, null, false), 5);

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

		PageResponse<String> page = PageResponse.of(new ListPage<>(List.of(), 0, 20, 0));

		assertThat(page.totalPages()).isZero();
		assertThat(page.links().prev()).isNull();
		assertThat(page.links().next()).isNull();
		assertThat(page.links().last()).isEqualTo("/api/v1/users?page=0");
	}

	private void assertRefused(String method, String parameter, MockHttpServletRequest request) {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> resolve(method, request))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(parameter));
	}

	private PageQuery resolve(String method, MockHttpServletRequest request) throws Exception {
		return (PageQuery) this.resolver.resolveArgument(parameter(method), null, new ServletWebRequest(request), null);
	}

	private static MethodParameter parameter(String method) throws NoSuchMethodException {
		Method handler = Handlers.class.getDeclaredMethod(method, PageQuery.class);
		return new MethodParameter(handler, 0);
	}

	private static MockHttpServletRequest request(String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/things");
		for (int i = 0; i < parameters.length; i += 2) {
			request.addParameter(parameters[i], parameters[i + 1]);
		}
		return request;
	}

	static class Handlers {

		@ResponseBody
		void sortable(@Paged(sort = { "title", "createdAt" }) PageQuery query) {
		}

		@ResponseBody
		void newestFirst(@Paged(sort = "createdAt", descending = true) PageQuery query) {
		}

		@ResponseBody
		void fixedOrder(PageQuery query) {
		}

		void onAPage(@Paged(prefix = "tokens", size = 10) PageQuery query) {
		}

	}

}
