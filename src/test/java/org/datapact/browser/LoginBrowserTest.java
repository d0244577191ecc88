package org.datapact.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out, failed sign-ins, waits, a locked account lifted by a mailed link,
 * and language, in a real browser.
 */
class LoginBrowserTest extends BrowserTestSupport {

	private static final String BAD_CREDENTIALS = "The username or password is not right. Check them and try again.";

	private static final String LOCKED = "This account is locked after too many failed sign-ins. If the password you "
			+ "entered is right, we have e-mailed you a link that lifts the lock; an administrator can lift it too.";

	private static final Pattern WAIT = Pattern.compile("[?&]wait=(\\d+)");

	private static final Pattern UNLOCK_LINK = Pattern.compile("/login/unlock\\?token=[A-Za-z0-9_-]{43}");

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
	void aGuesserWaitsLongerAfterEachWrongPasswordAndALockedAccountIsLiftedByTheMailedLink() throws Exception {
		TestUser user = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		for (int attempt = 1; attempt <= 3; attempt++) {
			browser.signIn(user.username(), "wrong password " + attempt);
			assertThat(browser.text(By.id("login-error"))).as("attempt %d", attempt).isEqualTo(BAD_CREDENTIALS);
		}
		browser.signIn(user.username(), user.password());
		// the wait is counted in whole seconds from the last failure while time runs on,
		// so
		// a slow browser shows a little less than the 30 seconds the third failure set
		assertThat(browser.path()).as("even the right password waits").matches("/login\\?wait=\\d+");
		Matcher shown = WAIT.matcher(browser.path());
		assertThat(shown.find()).isTrue();
		int seconds = Integer.parseInt(shown.group(1));
		assertThat(seconds).isBetween(1, 30);
		assertThat(browser.text(By.id("login-wait"))).isEqualTo(
				"Too many failed attempts for this account from here. Wait " + seconds + " seconds, then try again.");
		this.clock.advance(Duration.ofSeconds(31));
		browser.signIn(user.username(), user.password());
		assertThat(browser.path()).as("after the wait").isEqualTo("/");
		browser.signOut();

		// ten failures within the hour lock the account; each wait is sat out on the
		// clock
		int failures = 0;
		while (failures < 10) {
			browser.signIn(user.username(), "wrong again " + failures);
			Matcher wait = WAIT.matcher(browser.path());
			if (wait.find()) {
				this.clock.advance(Duration.ofSeconds(Long.parseLong(wait.group(1)) + 1));
				continue;
			}
			assertThat(browser.path()).as("failure %d", failures).isIn("/login?error", "/login?locked");
			failures++;
		}
		// the last failure also made this address wait; the right password is checked,
		// and
		// the lock found, once that wait is sat out
		browser.signIn(user.username(), user.password());
		Matcher lastWait = WAIT.matcher(browser.path());
		if (lastWait.find()) {
			this.clock.advance(Duration.ofSeconds(Long.parseLong(lastWait.group(1)) + 1));
			browser.signIn(user.username(), user.password());
		}
		assertThat(browser.path()).isEqualTo("/login?locked");
		assertThat(browser.text(By.id("login-locked"))).isEqualTo(LOCKED);
		assertThat(browser.isPresent(By.id("nav-profile"))).isFalse();
		TestUser colleague = this.fixtures.user(user.organisationId(), Role.PARTNER);
		browser.signIn(colleague.username(), colleague.password());
		assertThat(browser.path()).as("only the one account is locked").isEqualTo("/");
		browser.signOut();

		List<MimeMessage> mails = TestMailServer.awaitMailsTo(user.username() + "@example.org", 1);
		Matcher link = UNLOCK_LINK.matcher(mails.get(0).getContent().toString());
		assertThat(link.find()).isTrue();
		browser.visit(link.group());
		browser.submit(By.id("lift-lock"));
		assertThat(browser.text(By.id("unlock-done"))).startsWith("The lock is lifted.");
		browser.signIn(user.username(), user.password());
		assertThat(browser.path()).isEqualTo("/");
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
