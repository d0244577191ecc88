package org.datapact.browser;

import java.util.UUID;

import org.datapact.shared.Role;
import org.datapact.support.Fixtures.TestUser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** What people may not see shows the shared error pages. */
class AccessBrowserTest extends BrowserTestSupport {

	@Test
	void partnerSeesTheirOwnOrganisationButAnotherIsNotFound() {
		UUID own = this.fixtures.partner();
		UUID other = this.fixtures.partner();
		TestUser partner = this.fixtures.user(own, Role.PARTNER);
		browser.signIn(partner.username(), partner.password());

		assertThat(browser.text(By.id("nav-organisations"))).isEqualTo("My organisation");
		browser.visit("/organisations/" + own);
		assertThat(browser.isPresent(By.id("organisation-name"))).isTrue();
		assertThat(browser.text(By.cssSelector("#organisation-users tbody"))).contains("Test " + partner.username());

		browser.visit("/organisations/" + other);
		assertThat(browser.text(By.id("error-title"))).isEqualTo("Not found");
		assertThat(browser.title()).startsWith("Not found");
		assertThat(browser.isPresent(By.id("organisation-name"))).isFalse();

		browser.visit("/organisations/" + UUID.randomUUID());
		assertThat(browser.text(By.id("error-title"))).as("looks exactly like a missing one").isEqualTo("Not found");
	}

	@Test
	void adminPagesAreForbiddenToEveryoneElse() {
		TestUser scoper = this.fixtures.scoper();
		browser.signIn(scoper.username(), scoper.password());

		browser.visit("/admin/users");
		assertThat(browser.text(By.id("error-title"))).isEqualTo("Not allowed");
		assertThat(browser.isPresent(By.id("users"))).isFalse();

		browser.visit("/admin/audit");
		assertThat(browser.text(By.id("error-title"))).isEqualTo("Not allowed");

		browser.follow(By.linkText("Go to the home page"));
		assertThat(browser.path()).isEqualTo("/");
	}

	@Test
	void errorPagesSpeakFrench() {
		TestUser partner = this.fixtures.user(this.fixtures.partner(), Role.VOLUNTEER);
		browser.signIn(partner.username(), partner.password());

		browser.visit("/?lang=fr");
		browser.visit("/admin/users");
		assertThat(browser.text(By.id("error-title"))).isEqualTo("Non autorisé");
		browser.visit("/organisations/" + UUID.randomUUID());
		assertThat(browser.text(By.id("error-title"))).isEqualTo("Introuvable");
		assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
	}

}
