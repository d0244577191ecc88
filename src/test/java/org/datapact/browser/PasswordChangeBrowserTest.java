package org.datapact.browser;

import org.datapact.shared.Role;
import org.datapact.support.Fixtures.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** People change their own password from their profile. */
class PasswordChangeBrowserTest extends BrowserTestSupport {

	private static final String NEW_PASSWORD = "correct horse battery staple 42";

	TestUser user;

	@BeforeEach
	void signIn() {
		this.user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		browser.signIn(this.user.username(), this.user.password());
		browser.follow(By.id("nav-profile"));
		assertThat(browser.path()).isEqualTo("/profile");
		browser.follow(By.id("change-password-link"));
		assertThat(browser.path()).isEqualTo("/profile/password");
	}

	@Test
	void wrongCurrentPasswordIsAFieldErrorLinkedFromTheErrorSummary() {
		changePassword("not my password at all", NEW_PASSWORD, NEW_PASSWORD);

		assertThat(browser.focused().getAttribute("id")).as("focus moves to the error summary")
			.isEqualTo("error-summary");
		assertFieldError("currentPassword", "The current password is not right.");
		assertThat(browser.find(By.id("currentPassword")).getAttribute("value")).as("passwords are not sent back")
			.isEmpty();
	}

	@Test
	void tooShortPasswordIsRefused() {
		changePassword(this.user.password(), "short pass", "short pass");

		assertFieldError("newPassword", "Use at least 12 characters.");
	}

	@Test
	void commonPasswordIsRefused() {
		changePassword(this.user.password(), "password1234", "password1234");

		assertFieldError("newPassword", "This password is too common. Choose another one.");
	}

	@Test
	void goodPasswordIsAcceptedAndWorksAtTheNextSignIn() {
		changePassword(this.user.password(), NEW_PASSWORD, NEW_PASSWORD);

		assertThat(browser.path()).isEqualTo("/profile");
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Your password has been changed.");
		assertThat(browser.isPresent(By.id("error-summary"))).isFalse();

		browser.signOut();
		browser.signIn(this.user.username(), this.user.password());
		assertThat(browser.path()).as("the old password no longer works").isEqualTo("/login?error");

		browser.signIn(this.user.username(), NEW_PASSWORD);
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(By.id("nav-profile"))).isEqualTo("Test " + this.user.username());
	}

	private void changePassword(String current, String newPassword, String confirmation) {
		browser.type(By.id("currentPassword"), current)
			.type(By.id("newPassword"), newPassword)
			.type(By.id("confirmPassword"), confirmation)
			.submit(By.id("change-password"));
	}

	/**
	 * The error summary links to the field, and the field is marked invalid and described
	 * by the same message.
	 */
	private static void assertFieldError(String field, String message) {
		assertThat(browser.path()).isEqualTo("/profile/password");
		WebElement link = browser.find(By.cssSelector("#error-summary a[href='#" + field + "']"));
		assertThat(link.getText()).isEqualTo(message);
		assertThat(browser.driver().findElements(By.cssSelector("#error-summary li"))).hasSize(1);
		WebElement input = browser.find(By.id(field));
		assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(input.getAttribute("aria-describedby")).contains(field + "-error");
		assertThat(browser.text(By.id(field + "-error"))).isEqualTo(message);

		link.click();
		assertThat(browser.driver().getCurrentUrl()).endsWith("#" + field);
		assertThat(browser.focused().getAttribute("id")).as("the link takes focus to the field").isEqualTo(field);
	}

}
