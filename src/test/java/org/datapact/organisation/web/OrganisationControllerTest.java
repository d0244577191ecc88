package org.datapact.organisation.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.UserAccounts;
import org.datapact.organisation.domain.OrganisationCommand;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.organisation.domain.OrganisationView;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.AuthenticatedUser;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.RateLimits;
import org.datapact.shared.Reads;
import org.datapact.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Web slice: form handling and error display of the organisation pages, services stubbed.
 */
@WebMvcTest(OrganisationController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(Reads.class)
class OrganisationControllerTest {

	private static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), "admin", "Ada", UUID.randomUUID(),
			Set.of(Role.ADMIN));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OrganisationService organisations;

	@MockitoBean
	UserService users;

	/** For the API write limits (an interceptor); pages are never limited. */
	@MockitoBean
	RateLimits rateLimits;

	/** Pages read in one transaction; here a stub that runs the work. */
	@MockitoBean
	PlatformTransactionManager transactions;

	/** For the interceptor that remembers a signed-in person's language choice. */
	@MockitoBean
	UserAccounts accounts;

	@BeforeEach
	void signIn() {
		AuthenticatedUser principal = () -> ADMIN;
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(principal, null, "ROLE_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void blankNameIsShownAsAFieldErrorWithoutCallingTheService() throws Exception {
		this.mvc.perform(post("/organisations").param("name", " ").param("kind", "PARTNER").param("countryCode", "KE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("href=\"#name\"")))
			.andExpect(content().string(containsString("Fill in this field.")));
		verify(this.organisations, never()).create(any(), any());
	}

	@Test
	void invalidCountryIsAFieldError() throws Exception {
		this.mvc
			.perform(post("/organisations").param("name", "Valid").param("kind", "PARTNER").param("countryCode", "K1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#countryCode\"")))
			.andExpect(content().string(containsString("two-letter ISO 3166 country code")));
		verify(this.organisations, never()).create(any(), any());
	}

	@Test
	void unknownKindIsAFieldErrorNotAFailure() throws Exception {
		this.mvc.perform(post("/organisations").param("name", "Valid").param("kind", "EMPIRE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#kind\"")))
			.andExpect(content().string(containsString("value=\"Valid\"")));
		verify(this.organisations, never()).create(any(), any());
	}

	@Test
	void validFormCreatesAndRedirects() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.organisations.create(eq(ADMIN), any(OrganisationCommand.class))).willReturn(view(id, "Hope", 0));
		this.mvc
			.perform(post("/organisations").param("name", "Hope").param("kind", "PARTNER").param("countryCode", "ke"))
			.andExpect(redirectedUrl("/organisations/" + id));
	}

	@Test
	void businessRuleFailureIsShownOnTheField() throws Exception {
		given(this.organisations.create(eq(ADMIN), any(OrganisationCommand.class)))
			.willThrow(new InvalidRequestException("name", "organisation.name.taken"));
		this.mvc.perform(post("/organisations").param("name", "Hope").param("kind", "PARTNER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already exists")));
	}

	@Test
	void concurrentEditIsShownAndKeepsTheUsersInput() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.organisations.get(ADMIN, id)).willReturn(view(id, "Current name", 3));
		given(this.organisations.update(eq(ADMIN), eq(id), anyLong(), any()))
			.willThrow(new OptimisticLockingFailureException("stale"));
		this.mvc.perform(
				post("/organisations/" + id).param("name", "My edit").param("kind", "PARTNER").param("version", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this organisation")))
			.andExpect(content().string(containsString("value=\"My edit\"")))
			.andExpect(content().string(containsString("value=\"3\"")));
	}

	@Test
	void listEscapesNames() throws Exception {
		given(this.organisations.list(eq(ADMIN), isNull(), any(PageQuery.class)))
			.willReturn(new ListPage<>(List.of(view(UUID.randomUUID(), "<script>x</script>", 0)), 0, 20, 1));
		this.mvc.perform(get("/organisations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>x</script>"))));
	}

	private static OrganisationView view(UUID id, String name, long version) {
		return new OrganisationView(id, name, OrganisationKind.PARTNER, "KE", true, version, Instant.now(),
				Instant.now());
	}

}
