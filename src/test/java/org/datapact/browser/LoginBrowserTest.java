package org.datapact.browser;

import java.util.UUID;

import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out, failed sign-ins, lockout and language, in a real browser. */
class LoginBrowserTest extends BrowserTestSupport {

	private static final String BAD_CREDENTIALS = "The username or password is not right. Check them and try again.";

	private static final String LOCKED = "Too many failed sign-in attempts. Wait 15 minutes, then try again.";

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleSignsInSeesItsNavigationAndSignsOut(Role role) {
		TestUser user = userWith(role);

		browser.signIn(user.username(), user.password());

		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(By.tagName("h1"))).contains("Test " + user.username());
		assertThat(browser.text(By.id("nav-profile"))).isEqualTo("Test " + user.username());
		assertThat(browser.find(By.id("nav-organisations")).isDisplayed()).isTrue();
		boolean admin = role == Role.ADMIN;
		assertThat(browser.isPresent(By.id("nav-users"))).as("#nav-users").isEqualTo(admin);
		assertThat(browser.isPresent(By.id("nav-audit"))).as("#nav-audit").isEqualTo(admin);

		browser.follow(By.id("nav-organisations"));
		assertThat(browser.path()).startsWith("/organisations");

		browser.signOut();
		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(browser.text(By.id("login-logout"))).isEqualTo("You have signed out.");
		assertThat(browser.isPresent(By.id("nav-profile"))).isFalse();

		browser.visit("/");
		assertThat(browser.path()).as("signed out, home asks for sign-in").isEqualTo("/login");
	}

	@Test
	void failedSignInSaysTheSameForAnUnknownUserAndAWrongPassword() {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);

		browser.signIn("nobody-" + Fixtures.unique(), Fixtures.PASSWORD);
		assertThat(browser.path()).isEqualTo("/login?error");
		String unknownUser = browser.text(By.id("login-error"));

		browser.signIn(user.username(), "not the right password");
		assertThat(browser.path()).isEqualTo("/login?error");
		String wrongPassword = browser.text(By.id("login-error"));

		assertThat(unknownUser).isEqualTo(BAD_CREDENTIALS).isEqualTo(wrongPassword);
		assertThat(browser.isPresent(By.id("login-locked"))).isFalse();
		assertThat(browser.isPresent(By.id("nav-profile"))).isFalse();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);

		for (int attempt = 1; attempt <= 4; attempt++) {
			browser.signIn(user.username(), "wrong password " + attempt);
			assertThat(browser.text(By.id("login-error"))).as("attempt %d", attempt).isEqualTo(BAD_CREDENTIALS);
		}
		browser.signIn(user.username(), "wrong password 5");
		assertThat(browser.path()).isEqualTo("/login?locked");
		assertThat(browser.text(By.id("login-locked"))).isEqualTo(LOCKED);

		browser.signIn(user.username(), user.password());
		assertThat(browser.path()).isEqualTo("/login?locked");
		assertThat(browser.text(By.id("login-locked"))).isEqualTo(LOCKED);
		assertThat(browser.isPresent(By.id("nav-profile"))).isFalse();

		TestUser colleague = this.fixtures.user(user.organisationId(), Role.PARTNER);
		browser.signIn(colleague.username(), colleague.password());
		assertThat(browser.path()).as("only the one account is locked").isEqualTo("/");
	}

	@Test
	void signInReturnsToThePageThatAskedForIt() {
		TestUser user = this.fixtures.scoper();

		browser.visit("/organisations");
		assertThat(browser.path()).isEqualTo("/login");
		browser.type(By.id("username"), user.username())
			.type(By.id("password"), user.password())
			.submit(By.id("sign-in"));

		assertThat(browser.path()).startsWith("/organisations");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Organisations");
	}

	@Test
	void loginPageSpeaksFrench() {
		browser.visit("/login?lang=fr");

		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Connexion");
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertThat(browser.text(By.cssSelector("label[for=username]"))).isEqualTo("Nom d'utilisateur");
		assertThat(browser.text(By.id("sign-in"))).isEqualTo("Se connecter");

		browser.signIn("nobody-" + Fixtures.unique(), "wrong password");
		assertThat(browser.text(By.id("login-error")))
			.isEqualTo("Le nom d'utilisateur ou le mot de passe est incorrect. Vérifiez-les et réessayez.");

		browser.visit("/login?lang=en");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in");
	}

	private TestUser userWith(Role role) {
		return switch (role) {
			case ADMIN -> this.fixtures.admin();
			case SCOPER -> this.fixtures.scoper();
			case PARTNER, VOLUNTEER -> {
				UUID partner = this.fixtures.partner();
				yield this.fixtures.user(partner, role);
			}
		};
	}

}
