package org.datapact.browser;

import java.util.UUID;

import org.datapact.shared.Role;
import org.datapact.support.Fixtures.TestUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the application has, in each language, passes the axe-core check (which
 * {@link Browser#visit} runs), including those the other browser tests do not reach.
 */
class AccessibilityBrowserTest extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyAdministratorPage(String language) {
		TestUser admin = this.fixtures.admin();
		UUID partner = this.fixtures.partner();
		TestUser colleague = this.fixtures.user(partner, Role.PARTNER);
		browser.visit("/login?lang=" + language);
		browser.signIn(admin.username(), admin.password());
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);

		for (String path : new String[] { "/", "/organisations", "/organisations/new", "/organisations/" + partner,
				"/organisations/" + partner + "/edit", "/admin/users", "/admin/users?organisationId=" + partner,
				"/admin/users/new", "/admin/users/" + colleague.id(), "/admin/audit", "/admin/audit/verify", "/profile",
				"/profile/password", "/no-such-page" }) {
			browser.visit(path);
			assertThat(browser.isPresent(By.cssSelector("main h1"))).as("%s has a heading", path).isTrue();
			assertThat(browser.title()).as("%s has a title", path).isNotBlank();
		}
		assertThat(browser.text(By.id("error-title"))).isEqualTo(language.equals("fr") ? "Introuvable" : "Not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyPartnerPage(String language) {
		UUID partner = this.fixtures.partner();
		TestUser user = this.fixtures.user(partner, Role.PARTNER, Role.VOLUNTEER);
		browser.visit("/login?lang=" + language);
		browser.signIn(user.username(), user.password());

		for (String path : new String[] { "/", "/organisations", "/organisations/" + partner, "/profile",
				"/profile/password", "/admin/users" }) {
			browser.visit(path);
			assertThat(browser.isPresent(By.cssSelector("main h1"))).as("%s has a heading", path).isTrue();
		}
	}

}
