package org.datapact.questionnaire.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.definition.LocalizedText;
import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.Section;
import org.datapact.questionnaire.domain.TemplateAdminService;
import org.datapact.questionnaire.domain.TemplateAdminService.ImportOutcome;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.questionnaire.domain.TemplateJson;
import org.datapact.questionnaire.domain.TemplateLibrary;
import org.datapact.questionnaire.domain.TemplateSummary;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.assertNoLeak;
import static org.datapact.support.ErrorResponses.assertPage;

/**
 * The template pages on a real server: the list, a version with its readable conditions,
 * and every kind of bad input on the question and section forms and the import answered
 * with a localised message next to the field, the input kept, nothing saved, never a 500.
 */
@LiveServerTest
@TestInstance(Lifecycle.PER_CLASS)
class TemplatePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TemplateAdminService templates;

	@Autowired
	TemplateLibrary library;

	CurrentUser admin;

	LiveClient browser;

	@BeforeAll
	void signIn() {
		Fixtures.TestUser user = this.fixtures.admin();
		this.admin = user.current();
		this.browser = new LiveClient(this.port).signIn(user);
	}

	static TemplateDefinition template(String key) {
		Question consent = new Question("consent", QuestionType.YES_NO_UNKNOWN, LocalizedText
			.of("Is two-factor authentication switched on?", "L’authentification à deux facteurs est-elle activée ?"),
				null, true, null, null, null, null);
		Question backups = new Question("backups", QuestionType.SINGLE_CHOICE,
				LocalizedText.of("Backups", "Sauvegardes"), null, false,
				List.of(new Option("daily", LocalizedText.of("Daily", "Quotidiennes")),
						new Option("weekly", LocalizedText.of("Weekly", "Hebdomadaires")),
						new Option("never", LocalizedText.of("Never", "Jamais"))),
				null, null, null);
		Question detail = new Question("detail", QuestionType.SHORT_TEXT,
				LocalizedText.of("Which tool?", "Quel outil ?"), null, false, null, null,
				new DisplayCondition.All(List.of(new DisplayCondition.Equals("consent", "yes"),
						new DisplayCondition.AnyOf("backups", List.of("daily", "weekly")))),
				null);
		Question later = new Question("later", QuestionType.NUMBER, LocalizedText.of("How many?", "Combien ?"), null,
				false, null, null, null, null);
		return new TemplateDefinition(key, LocalizedText.of("Pages " + key, "Pages " + key),
				List.of(new Section("first", LocalizedText.of("First", "Premier"), null,
						List.of(consent, backups, detail, later)),
						new Section("second", LocalizedText.of("Second", "Second"), null, List.of())));
	}

	static String freshKey() {
		return "p_" + Fixtures.unique().replace('-', '_');
	}

	TemplateSummary draft() {
		ImportOutcome outcome = this.templates.importJson(this.admin, TemplateJson.write(template(freshKey())));
		return ((ImportOutcome.Imported) outcome).draft();
	}

	/** The question form as the page sends it, for the draft's "detail" question. */
	Map<String, String> detailForm(TemplateSummary draft) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("lockVersion", String.valueOf(draft.lockVersion()));
		fields.put("key", "detail");
		fields.put("type", "SHORT_TEXT");
		fields.put("labelEn", "Which tool?");
		fields.put("labelFr", "Quel outil ?");
		fields.put("combine", "all");
		fields.put("row0.question", "consent");
		fields.put("row0.operator", "equals");
		fields.put("row0.values", "yes");
		return fields;
	}

	static String text(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}

	@Test
	void theListShowsEveryTemplateWithItsVersions() {
		TemplateSummary draft = draft();
		HttpResponse<String> list = this.browser.page("/admin/templates");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(text(list)).contains("Questionnaire templates")
			.as("the template changed last comes first")
			.contains("id=\"version-" + draft.id() + "\"")
			.contains("id=\"import-template\"")
			.contains("id=\"nav-templates\"");
		String onePerPage = text(this.browser.page("/admin/templates?size=1"));
		assertThat(onePerPage.split("id=\"version-", -1)).as("one version on the page").hasSize(2);
		assertThat(onePerPage).contains("rel=\"next\" href=\"/admin/templates?size=1&page=1\"");
	}

	@Test
	void aVersionShowsItsQuestionsWithReadableConditionsInTheReadersLanguage() {
		TemplateSummary draft = draft();
		HttpResponse<String> page = this.browser.page("/admin/templates/" + draft.id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(text(page)).contains(
				"Shown when “Is two-factor authentication switched on?” is “Yes” and “Backups” is one of “Daily”, “Weekly”")
			.contains("id=\"publish\"")
			.contains("id=\"clone-detail\"")
			.contains("id=\"add-question-second\"")
			.contains("id=\"remove-section-second\"")
			.doesNotContain("id=\"remove-section-first\"");

		HttpResponse<String> french = this.browser
			.send(this.browser.request("/admin/templates/" + draft.id()).header("Accept-Language", "fr").GET());
		assertThat(text(french)).contains(
				"Affichée si « L’authentification à deux facteurs est-elle activée ? » vaut « Oui » et « Sauvegardes » vaut l’une des réponses « Quotidiennes », « Hebdomadaires »");
	}

	@Test
	void theEditFormShowsTheQuestionAndItsConditionRows() {
		TemplateSummary draft = draft();
		HttpResponse<String> form = this.browser.page("/admin/templates/" + draft.id() + "/questions/detail");
		assertThat(form.statusCode()).isEqualTo(200);
		String body = text(form);
		assertThat(body).contains("value=\"detail\"")
			.contains("<option value=\"consent\" selected=\"selected\">")
			.contains("id=\"row1.values-weekly\" checked=\"checked\"")
			.doesNotContain("<option value=\"later\"")
			.contains("id=\"row3.question\"");
	}

	@Test
	void badInputComesBackNextToEachFieldWithTheInputKeptAndNothingSaved() {
		TemplateSummary draft = draft();
		Map<String, String> fields = detailForm(draft);
		fields.put("key", "Bad Key!");
		fields.put("labelEn", "");
		fields.put("labelFr", "Gardé tel quel");
		fields.put("options", "a | A");
		fields.put("numberMin", "ten");
		fields.put("row0.values", "maybe");
		fields.put("row1.question", "later");
		fields.put("row1.operator", "answered");
		fields.put("row2.text", "orphan value");
		HttpResponse<String> response = this.browser.form("/admin/templates/" + draft.id() + "/questions/detail",
				fields, true);
		assertThat(response.statusCode()).isEqualTo(200);
		String body = text(response);
		assertThat(body).contains("id=\"error-summary\"")
			.contains("“Bad Key!” is not a valid key")
			.contains("Enter the question in English.")
			.contains("Only choice questions have options")
			.contains("Only number questions have bounds and a unit")
			.contains("“maybe” is not an answer that question offers.")
			.contains("Choose a question asked before this one.")
			.contains("Choose the question this row tests.")
			.contains("href=\"#row1.question\"")
			.contains("value=\"Gardé tel quel\"")
			.contains("value=\"orphan value\"")
			.contains("a | A</textarea>");
		assertNoLeak(response.body());
		assertThat(this.library.summary(draft.id()).lockVersion()).isEqualTo(draft.lockVersion());
		assertThat(this.library.definition(draft.id())).isEqualTo(template(draft.templateKey()));

		HttpResponse<String> french = this.browser
			.send(this.browser.request("/admin/templates/" + draft.id() + "/questions/detail")
				.header("Accept", "text/html")
				.header("Accept-Language", "fr")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers
					.ofString("_csrf=" + this.browser.csrfToken() + "&lockVersion=" + draft.lockVersion()
							+ "&key=detail&type=NUMBER&labelEn=Q&numberMin=5&numberMax=1&combine=all")));
		assertThat(french.statusCode()).isEqualTo(200);
		assertThat(text(french)).contains("La plus petite valeur dépasse la plus grande.");
	}

	@Test
	void choiceOptionsAreCheckedLineByLine() {
		TemplateSummary draft = draft();
		Map<String, String> fields = detailForm(draft);
		fields.put("type", "MULTIPLE_CHOICE");
		fields.put("options", "one | One | Un\nbad key | Two\n");
		assertThat(text(this.browser.form("/admin/templates/" + draft.id() + "/questions/detail", fields, true)))
			.contains("Line 2: “bad key” is not a valid key");
		fields.put("options", "one | One | Un\none | Again");
		assertThat(text(this.browser.form("/admin/templates/" + draft.id() + "/questions/detail", fields, true)))
			.contains("Line 2: the key “one” is used twice.");
		fields.put("options", "one | One | Un\ntwo | Two | Deux | Extra");
		assertThat(text(this.browser.form("/admin/templates/" + draft.id() + "/questions/detail", fields, true)))
			.contains("Line 2: write key | English label | French label.");
		fields.put("type", "NOT_A_TYPE");
		assertThat(text(this.browser.form("/admin/templates/" + draft.id() + "/questions/detail", fields, true)))
			.contains("Choose a type from the list.");
		assertThat(this.library.summary(draft.id()).lockVersion()).isEqualTo(draft.lockVersion());
	}

	@Test
	void aValidFormSavesTheQuestionAndItsCondition() {
		TemplateSummary draft = draft();
		Map<String, String> fields = detailForm(draft);
		fields.put("key", "tool");
		fields.put("type", "SINGLE_CHOICE");
		fields.put("options", "cloud | Cloud | Nuage\nlocal | On site | Sur place");
		fields.put("required", "true");
		fields.put("combine", "any");
		fields.put("row1.question", "backups");
		fields.put("row1.operator", "anyOf");
		HttpResponse<String> response = this.browser
			.send(this.browser.request("/admin/templates/" + draft.id() + "/questions/detail")
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString(
						encode(fields) + "&row1.values=daily&row1.values=never&_csrf=" + this.browser.csrfToken())));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/admin/templates/" + draft.id() + "#question-tool"));
		Question saved = this.library.definition(draft.id()).question("tool").orElseThrow();
		assertThat(saved.required()).isTrue();
		assertThat(saved.options()).extracting(Option::key).containsExactly("cloud", "local");
		assertThat(saved.option("local").orElseThrow().label().in("fr")).isEqualTo("Sur place");
		assertThat(saved.condition())
			.isEqualTo(new DisplayCondition.Any(List.of(new DisplayCondition.Equals("consent", "yes"),
					new DisplayCondition.AnyOf("backups", List.of("daily", "never")))));
		assertThat(text(this.browser.page("/admin/templates/" + draft.id()))).contains("The question tool was saved.")
			.contains(
					"Shown when “Is two-factor authentication switched on?” is “Yes” or “Backups” is one of “Daily”, “Never”");
	}

	@Test
	void withoutScriptTheFormShowsTheAnswersOfANewlyChosenQuestion() {
		TemplateSummary draft = draft();
		Map<String, String> fields = detailForm(draft);
		fields.put("row1.question", "backups");
		fields.put("refresh", "true");
		HttpResponse<String> response = this.browser.form("/admin/templates/" + draft.id() + "/questions/detail",
				fields, true);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(text(response)).contains("id=\"row1.values-daily\"")
			.contains("id=\"row0.values-yes\" checked=\"checked\"")
			.doesNotContain("id=\"error-summary\"");
		assertThat(this.library.summary(draft.id()).lockVersion()).isEqualTo(draft.lockVersion());
	}

	@Test
	void aStaleFormKeepsTheInputAndSaysSomeoneElseChangedTheDraft() {
		TemplateSummary draft = draft();
		Map<String, String> fields = detailForm(draft);
		this.templates.edit(this.admin, draft.id(), draft.lockVersion(),
				new org.datapact.questionnaire.domain.TemplateEdit.CloneQuestion("later"));
		fields.put("labelEn", "My careful wording");
		HttpResponse<String> response = this.browser.form("/admin/templates/" + draft.id() + "/questions/detail",
				fields, true);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(text(response)).contains("Someone else changed this draft while you were editing")
			.contains("value=\"My careful wording\"")
			.contains("name=\"lockVersion\" value=\"" + (draft.lockVersion() + 1) + "\"");
		assertThat(this.library.definition(draft.id()).question("detail").orElseThrow().label().in("en"))
			.isEqualTo("Which tool?");

		HttpResponse<String> button = this.browser.form("/admin/templates/" + draft.id() + "/questions/later/clone",
				Map.of("lockVersion", String.valueOf(draft.lockVersion())), true);
		assertThat(button.statusCode()).isEqualTo(302);
		assertThat(text(this.browser.page("/admin/templates/" + draft.id())))
			.contains("Someone else changed this draft meanwhile.");
	}

	@Test
	void brokenRequestsAnswerWithAMessageNeverAServerError() {
		TemplateSummary draft = draft();
		String base = "/admin/templates/" + draft.id();
		Map<String, String> fields = detailForm(draft);
		fields.put("lockVersion", "not a number");
		fields.put("conditions[999].question", "consent");
		fields.put("row7.question", "consent");
		fields.put("row0.values[5]", "yes");
		HttpResponse<String> odd = this.browser.form(base + "/questions/detail", fields, true);
		assertThat(odd.statusCode()).isLessThan(500);
		assertNoLeak(odd.body());

		HttpResponse<String> direction = this.browser.form(base + "/questions/later/move",
				Map.of("lockVersion", String.valueOf(draft.lockVersion()), "direction", "sideways"), true);
		assertThat(direction.statusCode()).isEqualTo(302);
		assertThat(text(this.browser.page(base))).contains("Choose whether to move up or down.");

		HttpResponse<String> inUse = this.browser.form(base + "/questions/consent/remove",
				Map.of("lockVersion", String.valueOf(draft.lockVersion())), true);
		assertThat(inUse.statusCode()).isEqualTo(302);
		assertThat(text(this.browser.page(base)))
			.contains("consent cannot be removed: the condition of detail reads it.");

		assertPage(this.browser.page(base + "/questions/ghost"), 404);
		assertPage(this.browser.page("/admin/templates/" + UUID.randomUUID()), 404);
		assertPage(this.browser.page("/admin/templates/not-a-uuid"), 400);
		String published = this.library.latestPublished(TemplateLibrary.DEFAULT_KEY).toString();
		HttpResponse<String> editPublished = this.browser.page("/admin/templates/" + published + "/questions/org_name");
		assertPage(editPublished, 409);
		assertThat(text(editPublished)).contains("A published template version cannot be changed");
		assertThat(this.library.summary(draft.id()).lockVersion()).isEqualTo(draft.lockVersion());
	}

	@Test
	void theSectionFormChecksItsFields() {
		TemplateSummary draft = draft();
		HttpResponse<String> bad = this.browser.form("/admin/templates/" + draft.id() + "/sections", Map
			.of("lockVersion", String.valueOf(draft.lockVersion()), "key", "first", "titleEn", "", "titleFr", "Gardé"),
				true);
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(text(bad)).contains("Enter the title in English.").contains("value=\"Gardé\"");
		HttpResponse<String> taken = this.browser.form("/admin/templates/" + draft.id() + "/sections",
				Map.of("lockVersion", String.valueOf(draft.lockVersion()), "key", "first", "titleEn", "Again"), true);
		assertThat(text(taken)).contains("The key “first” is already used in this template");
		HttpResponse<String> added = this.browser.form("/admin/templates/" + draft.id() + "/sections",
				Map.of("lockVersion", String.valueOf(draft.lockVersion()), "key", "third", "titleEn", "Third",
						"titleFr", "Troisième"),
				true);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(this.library.definition(draft.id()).section("third")).isPresent();
	}

	@Test
	void publishingADraftWithProblemsListsThemWithLinksToTheQuestions() {
		TemplateSummary draft = draft();
		this.templates.edit(this.admin, draft.id(), draft.lockVersion(),
				new org.datapact.questionnaire.domain.TemplateEdit.AddQuestion("second", null, new Question(
						"unlabelled", QuestionType.SHORT_TEXT, null, null, false, null, null, null, null)));
		long lock = this.library.summary(draft.id()).lockVersion();
		HttpResponse<String> refused = this.browser.form("/admin/templates/" + draft.id() + "/publish",
				Map.of("lockVersion", String.valueOf(lock)), true);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(text(refused)).contains("id=\"error-summary\"")
			.contains("href=\"/admin/templates/" + draft.id() + "/questions/unlabelled\"")
			.contains("An English label is missing.");
		assertThat(this.library.summary(draft.id()).version()).isNull();
	}

	// ---- Import

	@Test
	void anUploadedFileWithProblemsIsShownBackWithEachProblem() {
		String key = freshKey();
		TemplateDefinition untitled = new TemplateDefinition(key, null, template(key).sections());
		HttpResponse<String> response = upload(TemplateJson.write(untitled), "");
		assertThat(response.statusCode()).isEqualTo(200);
		String body = text(response);
		assertThat(body).contains("The template was not imported: one problem.")
			.contains("The template needs an English title.")
			.as("the document stays in the text box to be corrected")
			.contains("\"key\" : \"" + key + "\"")
			.contains(">title</code>");
		assertNoLeak(response.body());

		HttpResponse<String> unreadable = upload("{\"key\": \"x\", \"sections\": [{\"key\": 3, \"bogus\": 1}]}", "");
		assertThat(text(unreadable)).contains("The file cannot be read as a template (line 1, column")
			.contains("sections[0].bogus");
		assertNoLeak(unreadable.body());

		HttpResponse<String> french = this.browser.send(this.browser.request("/admin/templates/import")
			.header("Accept", "text/html")
			.header("Accept-Language", "fr")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("_csrf=" + this.browser.csrfToken() + "&json=")));
		assertThat(text(french)).contains("Choisissez un fichier ou collez un modèle.");
	}

	@Test
	void pastedJsonIsImportedAsADraftAndAnOversizedFileIsRefused() {
		String key = freshKey();
		HttpResponse<String> pasted = this.browser.form("/admin/templates/import",
				Map.of("json", TemplateJson.write(template(key))), true);
		assertThat(pasted.statusCode()).isEqualTo(302);
		assertThat(pasted.headers().firstValue("Location").orElseThrow()).contains("/admin/templates/");
		assertThat(this.templates.list(this.admin, PageQuery.firstOf(PageQuery.MAX_SIZE)).items())
			.anySatisfy((row) -> assertThat(row.summary().templateKey()).isEqualTo(key));

		HttpResponse<String> uploaded = upload(TemplateJson.write(template(freshKey())), "");
		assertThat(uploaded.statusCode()).isEqualTo(302);

		HttpResponse<String> tooLarge = upload("{\"pad\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}", "");
		assertThat(tooLarge.statusCode()).isLessThan(500);
		assertThat(text(tooLarge)).contains("The template is larger than 1024 KB.");
		assertNoLeak(tooLarge.body());

		HttpResponse<String> beyondUploadLimit = upload("x".repeat(6 * 1024 * 1024), "");
		assertThat(beyondUploadLimit.statusCode()).isBetween(400, 499);
		assertNoLeak(beyondUploadLimit.body());

		HttpResponse<String> pastedTooLarge = this.browser.form("/admin/templates/import",
				Map.of("json", "x".repeat(1024 * 1024 + 1)), true);
		assertPage(pastedTooLarge, 413);
	}

	/**
	 * Posts the import form as a browser does: multipart, with the file and the text box.
	 */
	HttpResponse<String> upload(String fileContent, String pasted) {
		String boundary = "----datapact" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		body.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
			.append(this.browser.csrfToken())
			.append("\r\n");
		body.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"file\"; filename=\"template.json\"\r\n")
			.append("Content-Type: application/json\r\n\r\n")
			.append(fileContent)
			.append("\r\n");
		body.append("--")
			.append(boundary)
			.append("\r\n")
			.append("Content-Disposition: form-data; name=\"json\"\r\n\r\n")
			.append(pasted)
			.append("\r\n");
		body.append("--").append(boundary).append("--\r\n");
		return this.browser.send(this.browser.request("/admin/templates/import")
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
	}

	static String encode(Map<String, String> fields) {
		StringBuilder encoded = new StringBuilder();
		fields.forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&")
			.append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return encoded.toString();
	}

}
