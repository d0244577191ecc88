package org.datapact.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Focal points end to end: appointing, designating a successor who takes over on a later
 * date, the counterparts' mails in their own language, the handover checklist,
 * confirmation links and who may see what.
 */
class FocalPointBrowserTest extends BrowserTestSupport {

	private static final Pattern CONFIRMATION_LINK = Pattern
		.compile("(/focal-points/confirm\\?token=[A-Za-z0-9_-]{43})\"");

	TestUser admin;

	UUID partner;

	@BeforeEach
	void signInAsAdmin() {
		this.admin = this.fixtures.admin();
		this.partner = this.fixtures.partner();
		browser.signIn(this.admin.username(), this.admin.password());
	}

	@Test
	void adminAppointsBothFocalPointsAndBadDetailsAreFieldErrors() {
		browser.visit(overview(this.partner));
		String name = browser.text(By.cssSelector(".breadcrumb-item:nth-child(2) a"));
		visitDashboardPageFlagging(name);
		assertThat(flagsOf(name)).containsExactlyInAnyOrder(name + ": Missing: Primary focal point.",
				name + ": Missing: Secondary focal point.");
		browser.follow(By.xpath("//ul[@id='focal-point-flags']/li[1]//a"));
		assertThat(browser.path()).startsWith("/organisations/").endsWith("/focal-points");

		browser.visit("/organisations/" + this.partner);
		browser.follow(By.id("focal-points-link"));
		assertThat(browser.path()).isEqualTo(overview(this.partner));
		assertThat(browser.text(By.id("role-primary"))).contains("Nobody holds this role.");
		assertThat(browser.text(By.id("role-secondary"))).contains("Nobody holds this role.");

		browser.follow(By.cssSelector("#role-primary .appoint"));
		assertThat(browser.path()).isEqualTo(overview(this.partner) + "/primary/appoint");
		String email = "amina-" + Fixtures.unique() + "@example.org";

		fillContact("Amina Otieno", "Data protection officer", "0712 345678", "not an e-mail address", "en");
		browser.submit(By.id("save-focal-point"));
		assertFieldError("email", "Enter a valid e-mail address.");

		fillContact("Amina Otieno", "Data protection officer", "12", email, "en");
		browser.submit(By.id("save-focal-point"));
		assertFieldError("mobile", "Enter a valid phone number, with the country code.");
		assertThat(browser.find(By.id("email")).getAttribute("value")).as("the rest is kept").isEqualTo(email);

		browser.visit(overview(this.partner));
		assertThat(browser.text(By.id("role-primary"))).as("nothing saved").contains("Nobody holds this role.");

		appoint(this.partner, "primary", "Amina Otieno", "Data protection officer", "0712 345678", email, "en");
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Focal point appointed.");
		assertThat(holderName("primary")).isEqualTo("Amina Otieno");
		String primary = browser.text(By.id("role-primary"));
		assertThat(primary).contains("+254 712 345678", email, "Data protection officer", "English");
		assertThat(browser.find(By.cssSelector("#role-primary a[href^='tel:']")).getAttribute("href"))
			.isEqualTo("tel:+254712345678");
		assertThat(browser.isPresent(By.cssSelector("#role-primary .appoint"))).isFalse();
		assertThat(browser.isPresent(By.cssSelector("#role-primary .designate-successor"))).isTrue();

		appoint(this.partner, "secondary", "Kevin Njoroge", null, "0722 000111",
				"kevin-" + Fixtures.unique() + "@example.org", "fr");
		assertThat(holderName("secondary")).isEqualTo("Kevin Njoroge");
		assertThat(browser.text(By.id("role-secondary"))).contains("+254 722 000111", "French")
			.as("no title given")
			.contains("Title\n—\n");
		assertThat(holderName("primary")).isEqualTo("Amina Otieno");

		visitDashboardPageFlagging(name);
		assertThat(flagsOf(name)).as("now only the confirmations are missing")
			.containsExactlyInAnyOrder(name + ": Primary focal point: details never confirmed.",
					name + ": Secondary focal point: details never confirmed.");
	}

	@Test
	void successorTakesOverOnTheChosenDayAndCounterpartsAreMailedInTheirLanguage() throws Exception {
		UUID operator = this.fixtures.operator();
		String frenchCounterpart = "claire-" + Fixtures.unique() + "@example.org";
		String englishCounterpart = "john-" + Fixtures.unique() + "@example.org";
		holdRole(operator, "primary", "Claire Dubois", frenchCounterpart, "fr");
		holdRole(operator, "secondary", "John Smith", englishCounterpart, "en");

		appoint(this.partner, "primary", "Amina Otieno", "0712 345678", "amina-" + Fixtures.unique() + "@example.org",
				"en");
		LocalDate takesOver = LocalDate.now(this.clock).plusDays(7);
		String successorEmail = "baraka-" + Fixtures.unique() + "@example.org";

		browser.follow(By.cssSelector("#role-primary .designate-successor"));
		assertThat(browser.path()).isEqualTo(overview(this.partner) + "/primary/successor");
		assertThat(browser.text(By.tagName("main"))).contains("Amina Otieno hands the role over");
		fillContact("Baraka Mwangi", "Programme officer", "0722 123456", successorEmail, "en");
		setDate("effectiveFrom", takesOver);
		browser.type(By.id("agreements"), "Data sharing agreement DSA-7 with the ministry")
			.type(By.id("openIssues"), "Late monthly report for March")
			.type(By.id("notes"), "Baraka shadows Amina in the first week");
		browser.submit(By.id("designate"));

		assertThat(browser.path()).isEqualTo(overview(this.partner));
		assertThat(browser.text(By.id("flash-success"))).startsWith("Successor designated.");
		assertThat(holderName("primary")).as("still the current holder").isEqualTo("Amina Otieno");
		WebElement successor = browser.find(By.cssSelector("#role-primary .successor"));
		assertThat(successor.findElement(By.className("holder-name")).getText()).isEqualTo("Baraka Mwangi");
		assertThat(successor.findElement(By.tagName("h3")).getText()).contains(takesOver.toString());
		assertThat(successor.getText()).contains("+254 722 123456", successorEmail);
		assertThat(browser.isPresent(By.cssSelector("#role-primary .designate-successor"))).isFalse();
		assertThat(browser.text(By.cssSelector("#role-primary .handover"))).contains(
				"Data sharing agreement DSA-7 with the ministry", "Late monthly report for March",
				"Baraka shadows Amina in the first week");

		MimeMessage french = onlyMailTo(frenchCounterpart);
		assertThat(french.getSubject()).isEqualTo("Coordonnées d'un nouveau point focal");
		assertThat(french.getContentLanguage()).containsExactly("fr");
		assertThat(body(french)).contains("Bonjour Claire Dubois", " a un nouveau Point focal principal",
				"à partir du " + takesOver, "Baraka Mwangi", "+254 722 123456", successorEmail,
				"n&#39;exige la révision d&#39;aucun accord");
		MimeMessage english = onlyMailTo(englishCounterpart);
		assertThat(english.getSubject()).isEqualTo("New focal point contact details");
		assertThat(english.getContentLanguage()).containsExactly("en");
		assertThat(body(english)).contains("Hello John Smith", " has a new Primary focal point from " + takesOver,
				"Baraka Mwangi", "+254 722 123456", successorEmail);
		assertThat(TestMailServer.mailsTo(successorEmail)).as("the successor is not a counterpart").isEmpty();

		List<WebElement> items = browser.driver().findElements(By.cssSelector("#role-primary .handover-checklist li"));
		assertThat(items).hasSize(5);
		assertThat(checklistItem("New contact details sent in writing to the counterparts").getText())
			.as("ticked off by the mails")
			.startsWith("Done");
		long pending = countPending();
		assertThat(pending).isEqualTo(4);
		WebElement briefing = checklistItem("Open issues and incidents briefed");
		assertThat(briefing.getText()).startsWith("To do");
		browser.submit(By.xpath("//ul[contains(@class,'handover-checklist')]/li[contains(., 'Open issues and "
				+ "incidents briefed')]//button"));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("Checklist item done.");
		assertThat(checklistItem("Open issues and incidents briefed").getText()).startsWith("Done");
		assertThat(countPending()).isEqualTo(pending - 1);

		this.clock.advance(Duration.ofDays(7));
		browser.visit(overview(this.partner));
		assertThat(browser.path()).as("a week later the session has ended").isEqualTo("/login?expired");
		browser.signIn(this.admin.username(), this.admin.password());
		browser.visit(overview(this.partner));
		assertThat(browser.path()).isEqualTo(overview(this.partner));
		assertThat(holderName("primary")).as("the successor holds the role now").isEqualTo("Baraka Mwangi");
		assertThat(browser.text(By.id("role-primary"))).doesNotContain("Amina Otieno");
		assertThat(browser.isPresent(By.cssSelector("#role-primary .successor"))).isFalse();
		assertThat(browser.text(By.cssSelector("#role-primary .current-holder"))).contains(takesOver.toString());

		browser.follow(By.id("focal-point-history"));
		assertThat(browser.path()).isEqualTo(overview(this.partner) + "/history");
		assertThat(historyRow("Baraka Mwangi")).contains("Primary focal point", "Current", takesOver.toString());
		assertThat(historyRow("Amina Otieno")).contains("Primary focal point", "Left", takesOver.toString());
	}

	@Test
	void holderConfirmsTheirDetailsOnceFromTheMailedLink() throws Exception {
		String email = "amina-" + Fixtures.unique() + "@example.org";
		appoint(this.partner, "primary", "Amina Otieno", "0712 345678", email, "en");
		assertThat(browser.text(By.cssSelector("#role-primary .current-holder"))).contains("Never");

		browser.submit(By.xpath("//section[@id='role-primary']//button[normalize-space()='Ask to confirm details']"));
		assertThat(browser.path()).isEqualTo(overview(this.partner));
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("A confirmation link has been e-mailed.");

		MimeMessage mail = onlyMailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Please confirm your focal point details");
		String body = body(mail);
		assertThat(body).contains("Hello Amina Otieno");
		Matcher link = CONFIRMATION_LINK.matcher(body);
		assertThat(link.find()).as("a confirmation link in %s", body).isTrue();
		String confirmation = link.group(1);

		browser.driver().manage().deleteAllCookies();
		browser.visit(confirmation);
		assertThat(browser.path()).as("no sign-in needed").isEqualTo(confirmation);
		assertThat(browser.isPresent(By.id("nav-profile"))).isFalse();
		assertThat(browser.text(By.tagName("main"))).contains("Amina Otieno", "+254 712 345678", email);
		browser.submit(By.id("confirm-details"));
		assertThat(browser.text(By.id("confirmation-done"))).isEqualTo("Thank you: your details are confirmed.");

		browser.visit(confirmation);
		assertThat(browser.text(By.id("confirmation-invalid"))).contains("already used");
		assertThat(browser.isPresent(By.id("confirm-details"))).isFalse();

		browser.signIn(this.admin.username(), this.admin.password());
		browser.visit(overview(this.partner));
		assertThat(browser.text(By.cssSelector("#role-primary .current-holder"))).doesNotContain("Never")
			.contains(LocalDate.now(this.clock).toString());
	}

	@Test
	void partnerStaffSeeTheirOwnAndTheOperatorsFocalPointsButNoOtherPartners() {
		UUID operator = this.fixtures.operator();
		holdRole(operator, "primary", "Claire Dubois", "claire-" + Fixtures.unique() + "@example.org", "fr");
		appoint(this.partner, "primary", "Amina Otieno", "0712 345678", "amina-" + Fixtures.unique() + "@example.org",
				"en");
		UUID other = this.fixtures.partner();
		TestUser partnerUser = this.fixtures.user(this.partner, Role.PARTNER);
		browser.signOut();
		browser.signIn(partnerUser.username(), partnerUser.password());

		browser.visit(overview(this.partner));
		assertThat(holderName("primary")).isEqualTo("Amina Otieno");
		assertThat(browser.isPresent(By.cssSelector(".appoint, .designate-successor"))).as("admins only").isFalse();
		assertThat(browser.isPresent(By.xpath("//button[normalize-space()='Ask to confirm details']"))).isFalse();
		List<WebElement> counterparts = browser.driver().findElements(By.cssSelector(".counterpart"));
		assertThat(counterparts).hasSize(1);
		String operatorName = counterparts.get(0).findElement(By.tagName("h3")).getText();
		assertThat(counterparts.get(0).getText()).contains("Claire Dubois");

		browser.visit(overview(operator));
		assertThat(browser.path()).isEqualTo(overview(operator));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(operatorName + ": focal points");
		assertThat(holderName("primary")).isEqualTo("Claire Dubois");

		browser.visit(overview(other));
		assertThat(browser.text(By.id("error-title"))).isEqualTo("Not found");
		assertThat(browser.isPresent(By.id("role-primary"))).isFalse();
		browser.visit(overview(other) + "/history");
		assertThat(browser.text(By.id("error-title"))).isEqualTo("Not found");
	}

	// ---- Helpers

	private static String overview(UUID organisation) {
		return "/organisations/" + organisation + "/focal-points";
	}

	/** Appoints someone through the form, and ends on the overview. */
	private void appoint(UUID organisation, String role, String name, String mobile, String email, String language) {
		appoint(organisation, role, name, null, mobile, email, language);
	}

	private void appoint(UUID organisation, String role, String name, String title, String mobile, String email,
			String language) {
		browser.visit(overview(organisation));
		browser.follow(By.cssSelector("#role-" + role + " .appoint"));
		fillContact(name, title, mobile, email, language);
		browser.submit(By.id("save-focal-point"));
		assertThat(browser.path()).isEqualTo(overview(organisation));
	}

	/**
	 * Makes this person the current holder of the role: appoints them when it is vacant,
	 * otherwise corrects the current holder's details (the operating organisation is
	 * shared by every test).
	 */
	private void holdRole(UUID organisation, String role, String name, String email, String language) {
		browser.visit(overview(organisation));
		if (browser.isPresent(By.cssSelector("#role-" + role + " .appoint"))) {
			browser.follow(By.cssSelector("#role-" + role + " .appoint"));
		}
		else {
			browser.follow(By.cssSelector("#role-" + role + " .current-holder a[href$='/edit']"));
		}
		fillContact(name, null, "+254 733 111222", email, language);
		browser.submit(By.id("save-focal-point"));
		assertThat(browser.path()).isEqualTo(overview(organisation));
		assertThat(holderName(role)).isEqualTo(name);
	}

	private static void fillContact(String name, String title, String mobile, String email, String language) {
		browser.type(By.id("name"), name)
			.type(By.id("title"), (title != null) ? title : "")
			.type(By.id("mobile"), mobile)
			.type(By.id("email"), email)
			.select(By.id("workingLanguage"), language);
	}

	/** Sets a date field the way a date picker does, whatever the browser's locale. */
	private static void setDate(String field, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find(By.id(field)), date.toString());
	}

	private static String holderName(String role) {
		return browser.text(By.cssSelector("#role-" + role + " .current-holder .holder-name"));
	}

	private static WebElement checklistItem(String text) {
		return browser
			.find(By.xpath("//ul[contains(@class,'handover-checklist')]/li[span[normalize-space()=\"" + text + "\"]]"));
	}

	private static long countPending() {
		return browser.driver()
			.findElements(By.cssSelector("#role-primary .handover-checklist li .badge"))
			.stream()
			.filter((badge) -> badge.getText().equals("To do"))
			.count();
	}

	/** The home page's flags about one organisation. */
	/**
	 * The dashboard pages its focal point flags; other tests' organisations share the
	 * database, so the one under test may be on any page.
	 */
	private static void visitDashboardPageFlagging(String organisationName) {
		for (int page = 0; page < 50; page++) {
			browser.visit("/?flagsSize=100&flagsPage=" + page);
			if (!flagsOf(organisationName).isEmpty()
					|| browser.driver().findElements(By.cssSelector("#focal-point-flags li")).isEmpty()) {
				return;
			}
		}
	}

	private static List<String> flagsOf(String organisationName) {
		return browser.driver()
			.findElements(
					By.xpath("//ul[@id='focal-point-flags']/li[.//a[normalize-space()=\"" + organisationName + "\"]]"))
			.stream()
			.map((item) -> item.getText().strip())
			.toList();
	}

	private static String historyRow(String name) {
		return browser
			.text(By.xpath("//table[@id='focal-point-history-table']//tr[td[normalize-space()=\"" + name + "\"]]"));
	}

	private static void assertFieldError(String field, String message) {
		assertThat(browser.path()).endsWith("/appoint");
		WebElement link = browser.find(By.cssSelector("#error-summary a[href='#" + field + "']"));
		assertThat(link.getText()).isEqualTo(message);
		assertThat(browser.driver().findElements(By.cssSelector("#error-summary li"))).hasSize(1);
		WebElement input = browser.find(By.id(field));
		assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(input.getAttribute("aria-describedby")).contains(field + "-error");
		assertThat(browser.text(By.id(field + "-error"))).isEqualTo(message);
		link.click();
		assertThat(browser.focused().getAttribute("id")).as("the link takes focus to the field").isEqualTo(field);
	}

	private static MimeMessage onlyMailTo(String address) {
		List<MimeMessage> mails = TestMailServer.awaitMailsTo(address, 1);
		assertThat(mails).as("mails to %s", address).hasSize(1);
		return mails.get(0);
	}

	private static String body(MimeMessage mail) throws IOException, MessagingException {
		return String.valueOf(mail.getContent());
	}

}
