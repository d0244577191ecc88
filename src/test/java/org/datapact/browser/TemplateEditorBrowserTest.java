package org.datapact.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.datapact.definition.LocalizedText;
import org.datapact.questionnaire.domain.Option;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.Section;
import org.datapact.questionnaire.domain.TemplateAdminService;
import org.datapact.questionnaire.domain.TemplateAdminService.ImportOutcome;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.questionnaire.domain.TemplateJson;
import org.datapact.questionnaire.domain.TemplateSummary;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator makes a draft of a published template, adds a question shown only on
 * certain earlier answers (the condition editor offers each chosen question's answers),
 * reads the condition back as a sentence, publishes version 2, exports it and imports the
 * file back as a new draft.
 */
class TemplateEditorBrowserTest extends BrowserTestSupport {

	@Autowired
	TemplateAdminService templates;

	@TempDir
	Path downloads;

	/** A template published as version 1 under a key only this test uses. */
	TemplateSummary publishedTemplate(TestUser admin) {
		String key = "browser_" + Fixtures.unique().replace('-', '_');
		Question consent = new Question("two_factor", QuestionType.YES_NO_UNKNOWN, LocalizedText
			.of("Is two-factor authentication switched on?", "L’authentification à deux facteurs est-elle activée ?"),
				null, true, null, null, null, null);
		Question backups = new Question("backups", QuestionType.SINGLE_CHOICE,
				LocalizedText.of("Backups", "Sauvegardes"), null, false,
				List.of(new Option("daily", LocalizedText.of("Daily", "Quotidiennes")),
						new Option("weekly", LocalizedText.of("Weekly", "Hebdomadaires")),
						new Option("never", LocalizedText.of("Never", "Jamais"))),
				null, null, null);
		TemplateDefinition template = new TemplateDefinition(key,
				LocalizedText.of("Security check " + key, "Contrôle " + key),
				List.of(new Section("security", LocalizedText.of("Security", "Sécurité"), null,
						List.of(consent, backups)),
						new Section("tools", LocalizedText.of("Tools", "Outils"), null, List.of())));
		TemplateSummary draft = ((ImportOutcome.Imported) this.templates.importJson(admin.current(),
				TemplateJson.write(template)))
			.draft();
		this.templates.publish(admin.current(), draft.id(), draft.lockVersion());
		return draft;
	}

	@Test
	void anAdminEditsADraftPublishesItExportsItAndImportsItBack() throws IOException {
		TestUser admin = this.fixtures.admin();
		TemplateSummary version1 = publishedTemplate(admin);
		String key = version1.templateKey();
		browser.signIn(admin.username(), admin.password());

		browser.follow(By.id("nav-templates"));
		assertThat(browser.path()).isEqualTo("/admin/templates");
		browser.submit(By.id("new-draft-" + version1.id()));
		assertThat(browser.path()).matches("/admin/templates/[0-9a-f-]{36}");
		String draftPath = browser.path();
		assertThat(browser.text(By.id("flash-success"))).startsWith("A new draft was made.");
		assertThat(browser.text(By.id("template-status"))).isEqualTo("Draft");

		browser.follow(By.id("add-question-tools"));
		assertThat(browser.path()).isEqualTo(draftPath + "/sections/tools/questions/new");
		browser.type(By.id("key"), "backup_tool")
			.select(By.id("type"), "SHORT_TEXT")
			.type(By.id("labelEn"), "Which backup tool do you use?")
			.type(By.id("labelFr"), "Quel outil de sauvegarde utilisez-vous ?");
		assertThat(browser.isPresent(By.id("refresh-conditions"))).isTrue();
		assertThat(browser.find(By.id("save-question")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElement(By.id("refresh-conditions")).isDisplayed())
			.as("the script offers the answers at once, so the button for browsers without it is hidden")
			.isFalse();
		browser.select(By.id("row0.question"), "two_factor").select(By.id("row0.operator"), "equals");
		browser.check(By.id("row0.values-yes"));
		browser.select(By.id("row1.question"), "backups").select(By.id("row1.operator"), "anyOf");
		browser.check(By.id("row1.values-daily")).check(By.id("row1.values-weekly"));
		browser.submit(By.id("save-question"));

		assertThat(browser.path()).isEqualTo(draftPath + "#question-backup_tool");
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("The question backup_tool was added.");
		assertThat(browser.text(By.id("condition-backup_tool"))).isEqualTo(
				"Shown when “Is two-factor authentication switched on?” is “Yes” and “Backups” is one of “Daily”, “Weekly”");
		assertThat(browser.text(By.id("draft-ready"))).isEqualTo("No problem found: this draft can be published.");

		browser.submit(By.id("publish"));
		assertThat(browser.path()).isEqualTo(draftPath);
		assertThat(browser.text(By.id("flash-success"))).startsWith("Version 2 was published.");
		assertThat(browser.text(By.id("template-status"))).isEqualTo("Version 2");
		assertThat(browser.isPresent(By.id("publish"))).isFalse();

		((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", this.downloads.toAbsolutePath().toString()));
		browser.find(By.id("export-json")).click();
		Path exported = this.downloads.resolve(key + "-v2.json");
		browser.waitFor((driver) -> Files.exists(exported) ? exported : null);
		String json = Files.readString(exported, StandardCharsets.UTF_8);
		assertThat(json).contains("\"backup_tool\"").contains("\"key\" : \"" + key + "\"");

		browser.follow(By.id("nav-templates"));
		browser.follow(By.id("import-template"));
		assertThat(browser.path()).isEqualTo("/admin/templates/import");
		browser.find(By.id("file")).sendKeys(exported.toAbsolutePath().toString());
		browser.submit(By.id("import"));

		assertThat(browser.path()).matches("/admin/templates/[0-9a-f-]{36}").isNotEqualTo(draftPath);
		assertThat(browser.text(By.id("flash-success"))).isEqualTo("The template " + key + " was imported as a draft.");
		assertThat(browser.text(By.id("template-status"))).isEqualTo("Draft");
		assertThat(browser.text(By.id("condition-backup_tool"))).startsWith("Shown when “Is two-factor");
	}

}
