package org.datapact.browser;

import java.util.UUID;

import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator creates people, who then sign in with a temporary password. */
class AdminUsersBrowserTest extends BrowserTestSupport {

	TestUser admin;

	UUID partner;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = this.fixtures.admin();
		this.partner = this.fixtures.partner();
		browser.signIn(this.admin.username(), this.admin.password());
		browser.follow(By.id("nav-users"));
		assertThat(browser.path()).isEqualTo("/admin/users");
		browser.follow(By.id("new-user"));
		assertThat(browser.path()).startsWith("/admin/users/new");
	}

	@Test
	void newUserSignsInWithTheTemporaryPasswordAndMustReplaceIt() {
		String username = "new-" + Fixtures.unique();
		browser.select(By.id("organisationId"), this.partner.toString())
			.type(By.id("username"), username)
			.type(By.id("displayName"), "New Person " + username)
			.type(By.id("email"), username + "@example.org")
			.check(By.cssSelector("input[name=roles][value=PARTNER]"))
			.submit(By.id("save-user"));

		assertThat(browser.path()).matches("/admin/users/[0-9a-f-]{36}");
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("User " + username + " created.");
		String temporaryPassword = browser.text(By.id("temporary-password"));
		assertThat(temporaryPassword).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");

		browser.visit(browser.path());
		assertThat(browser.isPresent(By.id("temporary-password"))).as("shown only once").isFalse();

		browser.signOut();
		browser.signIn(username, temporaryPassword);
		assertThat(browser.path()).isEqualTo("/profile/password");

		browser.visit("/organisations");
		assertThat(browser.path()).as("nothing else until the password is changed").isEqualTo("/profile/password");

		String newPassword = "my own new passphrase 2024";
		browser.type(By.id("currentPassword"), temporaryPassword)
			.type(By.id("newPassword"), newPassword)
			.type(By.id("confirmPassword"), newPassword)
			.submit(By.id("change-password"));

		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Welcome, New Person " + username);
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Your password has been changed.");

		browser.visit("/organisations/" + this.partner);
		assertThat(browser.path()).isEqualTo("/organisations/" + this.partner);

		browser.signOut();
		browser.signIn(username, temporaryPassword);
		assertThat(browser.path()).as("the temporary password is spent").isEqualTo("/login?error");
		browser.signIn(username, newPassword);
		assertThat(browser.path()).isEqualTo("/");
	}

	@Test
	void emptyFormListsEveryProblemAndLinksToTheFields() {
		browser.submit(By.id("save-user"));

		assertThat(browser.path()).isEqualTo("/admin/users");
		assertThat(browser.text(By.cssSelector("#error-summary h2"))).isEqualTo("There is a problem");
		for (String field : new String[] { "organisationId", "username", "displayName", "email", "roles" }) {
			assertThat(browser.isPresent(By.cssSelector("#error-summary a[href='#" + field + "']"))).as(field).isTrue();
			assertThat(browser.isPresent(By.id(field))).as("link target " + field).isTrue();
		}
		assertThat(browser.focused().getAttribute("id")).isEqualTo("error-summary");
	}

	@Test
	void partnerRoleIsRefusedInTheOperatingOrganisation() {
		browser.select(By.id("organisationId"), this.fixtures.operator().toString())
			.type(By.id("username"), "wrong-" + Fixtures.unique())
			.type(By.id("displayName"), "Wrong Place")
			.type(By.id("email"), "wrong@example.org")
			.check(By.cssSelector("input[name=roles][value=PARTNER]"))
			.submit(By.id("save-user"));

		assertThat(browser.text(By.cssSelector("#error-summary a[href='#roles']"))).isEqualTo(
				"Administrators and scopers belong to the operating organisation; partner staff to a partner organisation.");
		assertThat(browser.isPresent(By.id("temporary-password"))).isFalse();
	}

}
