package org.datapact.security;

import org.datapact.audit.domain.AuditFilter;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.organisation.domain.CreatedUser;
import org.datapact.organisation.domain.UserCommand;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.datapact.support.Logins;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.Logins.login;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class SecurityWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserService users;

	@Autowired
	AuditQueries audit;

	@Test
	void strictHeadersOnEveryPage() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("object-src 'none'"),
							org.hamcrest.Matchers.containsString("base-uri 'none'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.containsString("script-src 'self';"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

	@Test
	void authenticatedPagesAreNotCached() throws Exception {
		MockHttpSession session = signIn(this.fixtures.user(this.fixtures.partner(), Role.PARTNER));
		this.mvc.perform(get("/profile").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
	}

	@Test
	void signInChangesTheSessionIdAndSignOutEndsTheSession() throws Exception {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		MockHttpSession anonymous = (MockHttpSession) this.mvc.perform(get("/login"))
			.andReturn()
			.getRequest()
			.getSession();
		String before = anonymous.getId();
		MvcResult login = this.mvc.perform(login(user.username(), user.password()).session(anonymous))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(before);
		this.mvc.perform(get("/logout").session(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void temporaryPasswordAllowsNothingButChangingIt() throws Exception {
		TestUser admin = this.fixtures.admin();
		String username = "t" + Fixtures.unique();
		CreatedUser created = this.users.create(admin.current(), new UserCommand(this.fixtures.partner(), username,
				"Temp", username + "@example.org", java.util.Set.of(Role.PARTNER)));
		MvcResult login = this.mvc.perform(login(username, created.temporaryPassword()))
			.andExpect(redirectedUrl("/profile/password"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		this.mvc.perform(get("/organisations").session(session)).andExpect(redirectedUrl("/profile/password"));
		this.mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/profile/password").session(session)).andExpect(status().isOk());
		this.mvc
			.perform(post("/profile/password").with(csrf())
				.session(session)
				.param("currentPassword", created.temporaryPassword())
				.param("newPassword", "a fresh and long passphrase")
				.param("confirmPassword", "a fresh and long passphrase"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/organisations").session(session)).andExpect(status().isOk());
	}

	@Test
	void signInsAreAuditedAndShownInTheHistory() throws Exception {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.VOLUNTEER);
		this.mvc.perform(login(user.username(), "not the password")).andExpect(redirectedUrl("/login?error"));
		MockHttpSession session = signIn(user);
		assertThat(this.audit.find(new AuditFilter(user.id(), null, null, null, "LOGIN_FAILURE", null, null), 0, 10)
			.totalItems()).isEqualTo(1);
		assertThat(this.audit.find(new AuditFilter(user.id(), null, null, null, "LOGIN_SUCCESS", null, null), 0, 10)
			.totalItems()).isEqualTo(1);
		this.mvc.perform(get("/profile").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("login-history")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("10.77.")));
	}

	@Test
	void unknownUserAndWrongPasswordLookTheSame() throws Exception {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		MvcResult wrongPassword = this.mvc.perform(login(user.username(), "wrong password!!")).andReturn();
		MvcResult unknownUser = this.mvc.perform(login("nobody-" + Fixtures.unique(), "wrong password!!")).andReturn();
		assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error")
			.isEqualTo(unknownUser.getResponse().getRedirectedUrl());
	}

	@Test
	void deactivatedAccountsCannotSignIn() throws Exception {
		TestUser admin = this.fixtures.admin();
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		this.users.setActive(admin.current(), user.id(), false);
		this.mvc.perform(login(user.username(), user.password())).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void deactivationEndsSessionsAtTheNextRequest() throws Exception {
		TestUser admin = this.fixtures.admin();
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		MockHttpSession session = signIn(user);
		this.mvc.perform(get("/organisations").session(session)).andExpect(status().isOk());
		this.users.setActive(admin.current(), user.id(), false);
		this.mvc.perform(get("/organisations").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void changedRolesEndOpenSessionsAndANewSignInHasTheNewRoles() throws Exception {
		TestUser admin = this.fixtures.admin();
		TestUser demoted = this.fixtures.admin();
		MockHttpSession session = signIn(demoted);
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
		long version = this.users.get(admin.current(), demoted.id()).version();
		this.users.update(admin.current(), demoted.id(), version,
				new UserCommand(null, null, "Demoted", "demoted@example.org", java.util.Set.of(Role.VOLUNTEER)));
		this.mvc.perform(get("/organisations").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(session.isInvalid()).isTrue();
		MockHttpSession again = signIn(demoted);
		this.mvc.perform(get("/admin/users").session(again)).andExpect(status().isForbidden());
		this.mvc.perform(get("/organisations").session(again)).andExpect(status().isOk());
	}

	@Test
	void aChangedNameAppliesToOpenSessionsWithoutEndingThem() throws Exception {
		TestUser admin = this.fixtures.admin();
		TestUser renamed = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		MockHttpSession session = signIn(renamed);
		long version = this.users.get(admin.current(), renamed.id()).version();
		this.users.update(admin.current(), renamed.id(), version, new UserCommand(null, null, "Renamed Person",
				renamed.username() + "@example.org", java.util.Set.of(Role.PARTNER)));
		this.mvc.perform(get("/profile").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Renamed Person")));
	}

	@Test
	void anAdministratorsResetEndsOpenSessions() throws Exception {
		TestUser admin = this.fixtures.admin();
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		MockHttpSession session = signIn(user);
		this.users.resetPassword(admin.current(), user.id());
		this.mvc.perform(get("/organisations").session(session)).andExpect(redirectedUrl("/login?expired"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void anonymousHealthShowsNoDetails() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("components"))));
	}

	private MockHttpSession signIn(TestUser user) throws Exception {
		return Logins.signIn(this.mvc, user);
	}

}
