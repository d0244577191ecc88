package org.datapact.shared.web;

import java.net.URI;
import java.util.List;

import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.domain.OrganisationCommand;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one paging contract of every list: the API's envelope with its links, the orders a
 * list offers, bad paging values answered 400 problem+json on the API and the first page
 * with a localised warning on pages, and the document that says all of it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(Lifecycle.PER_CLASS)
class PagingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrganisationService organisations;

	MockHttpSession admin;

	String prefix;

	@BeforeAll
	void fiveOrganisations() throws Exception {
		TestUser admin = this.fixtures.admin();
		this.admin = Logins.signIn(this.mvc, admin);
		this.prefix = "Paged " + Fixtures.unique();
		for (String letter : List.of("a", "b", "c", "d", "e")) {
			this.organisations.create(admin.current(),
					new OrganisationCommand(this.prefix + " " + letter, OrganisationKind.PARTNER, null));
		}
	}

	@Test
	void theApiAnswersAPageWithItsTotalAndLinksThatKeepTheFilters() throws Exception {
		// links keep the query as it was sent, with only the page replaced
		String asked = this.prefix.replace(" ", "%20");
		this.mvc.perform(get(URI.create("/api/v1/organisations?size=2&page=1&q=" + asked)).session(this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name").value(contains(this.prefix + " c", this.prefix + " d")))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.links.self").value("/api/v1/organisations?size=2&q=" + asked + "&page=1"))
			.andExpect(jsonPath("$.links.first").value("/api/v1/organisations?size=2&q=" + asked + "&page=0"))
			.andExpect(jsonPath("$.links.prev").value("/api/v1/organisations?size=2&q=" + asked + "&page=0"))
			.andExpect(jsonPath("$.links.next").value("/api/v1/organisations?size=2&q=" + asked + "&page=2"))
			.andExpect(jsonPath("$.links.last").value("/api/v1/organisations?size=2&q=" + asked + "&page=2"));
		this.mvc
			.perform(get(URI.create("/api/v1/organisations?size=2&page=2&sort=name,desc&q=" + asked))
				.session(this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name").value(contains(this.prefix + " a")))
			.andExpect(jsonPath("$.links.next").value(nullValue()));
		this.mvc.perform(get(URI.create("/api/v1/organisations?page=7&q=" + asked)).session(this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").value(hasSize(0)))
			.andExpect(jsonPath("$.totalItems").value(5))
			.andExpect(jsonPath("$.links.prev").value("/api/v1/organisations?q=" + asked + "&page=0"));
	}

	@Test
	void badPagingValuesAreProblemsOnTheApiNamingTheParameter() throws Exception {
		for (String[] bad : new String[][] { { "page=-1", "page" }, { "page=abc", "page" },
				{ "page=99999999999", "page" }, { "size=0", "size" }, { "size=101", "size" }, { "size=10000", "size" },
				{ "size=", "size" }, { "sort=nonsense", "sort" }, { "sort=name,sideways", "sort" },
				{ "sort=name,desc,asc", "sort" } }) {
			this.mvc.perform(get(URI.create("/api/v1/organisations?" + bad[0])).session(this.admin))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[?(@.path == '" + bad[1] + "')].message").isNotEmpty());
		}
		this.mvc
			.perform(get(URI.create("/api/v1/projects?sort=purpose")).session(this.admin)
				.header("Accept-Language", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.path == 'sort')].message")
				.value(hasItem(containsString("L’ordre doit être l’un de : title, startDate, endDate, updatedAt"))));
	}

	@Test
	void aPageShowsItsFirstPageWithAWarningForBadPagingValues() throws Exception {
		for (String bad : List.of("page=-1", "size=10000", "sort=nonsense", "page=x&size=y&sort=z")) {
			this.mvc.perform(get(URI.create("/organisations?" + bad)).session(this.admin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"flash-warning\"")))
				.andExpect(content().string(containsString("The list is shown from its first page")));
		}
		this.mvc.perform(get(URI.create("/projects?size=10000")).session(this.admin).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La taille de page doit être un nombre entier de 1 à 100.")));
		this.mvc
			.perform(get(URI.create("/organisations?size=2&q=" + this.prefix.replace(" ", "%20"))).session(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"flash-warning\""))))
			.andExpect(content().string(containsString("Page 1 of 3")))
			.andExpect(content().string(containsString("1–2 of 5")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/organisations?size=2&amp;q=")));
	}

	@Test
	void theDocumentDescribesThePagingParametersAndTheEnvelope() throws Exception {
		this.mvc.perform(get(URI.create("/v3/api-docs")).session(this.admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/projects'].get.parameters[*].name")
				.value(hasItems("status", "organisationId", "page", "size", "sort")))
			.andExpect(jsonPath("$.paths['/api/v1/projects'].get.parameters[?(@.name == 'size')].schema.maximum")
				.value(contains(100)))
			.andExpect(jsonPath("$.paths['/api/v1/projects'].get.parameters[?(@.name == 'sort')].schema.enum[*]")
				.value(hasItems("title", "title,desc", "updatedAt,asc")))
			.andExpect(jsonPath("$.paths['/api/v1/audit'].get.parameters[*].name").value(hasItems("page", "size")))
			.andExpect(jsonPath("$.components.schemas.PageResponseProjectSummary.required")
				.value(hasItems("items", "page", "size", "totalItems", "links")))
			.andExpect(jsonPath("$.components.schemas.Links.required")
				.value(hasItems("self", "first", "prev", "next", "last")));
	}

}
