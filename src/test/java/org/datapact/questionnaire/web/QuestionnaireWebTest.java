package org.datapact.questionnaire.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.datapact.project.domain.ProjectService;
import org.datapact.questionnaire.QuestionnaireFixtures;
import org.datapact.questionnaire.QuestionnaireFixtures.Team;
import org.datapact.questionnaire.domain.AnswerInput;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.questionnaire.domain.QuestionnaireView;
import org.datapact.questionnaire.domain.SaveOutcome;
import org.datapact.shared.web.FlashMessages;
import org.datapact.support.Fixtures;
import org.datapact.support.LiveClient;
import org.datapact.support.Logins;
import org.datapact.support.LiveServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datapact.support.ErrorResponses.fieldError;
import static org.datapact.support.ErrorResponses.assertNoLeak;
import static org.datapact.support.ErrorResponses.assertPage;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Bad input to the questionnaire page's autosave and to the questionnaire API, over HTTP:
 * the localised reason with 422, the current answer with 409, a 4xx page or problem+json
 * for broken requests, never a 500 or the server's inside, and nothing saved.
 */
@LiveServerTest
class QuestionnaireWebTest {

	private static final Locale FRENCH = Locale.FRENCH;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ProjectService projects;

	@Autowired
	QuestionnaireService questionnaires;

	@Autowired
	MessageSource messages;

	QuestionnaireFixtures questionnaireFixtures;

	Team team;

	MockHttpSession partner;

	@BeforeEach
	void team() throws Exception {
		this.questionnaireFixtures = new QuestionnaireFixtures(this.fixtures, this.projects, this.questionnaires);
		this.team = this.questionnaireFixtures.team();
		this.partner = Logins.signIn(this.mvc, this.team.partner());
	}

	/** A value that does not fit its question, and the reason it is refused. */
	record Bad(boolean inEntry, String key, List<String> values, String messageKey) {
	}

	static List<Bad> badValues() {
		return List.of(new Bad(false, "sec_two_factor", List.of("maybe"), "questionnaire.answer.invalidChoice"),
				new Bad(false, "org_type", List.of("bank"), "questionnaire.answer.invalidChoice"),
				new Bad(false, "org_type", List.of("ngo", "other"), "questionnaire.answer.oneValue"),
				new Bad(false, "legal_laws", List.of("gdpr", "none"), "questionnaire.answer.noneWithOthers"),
				new Bad(false, "legal_laws", List.of("gdpr", "martian_law"), "questionnaire.answer.invalidChoice"),
				new Bad(false, "org_name", List.of("x".repeat(501)), "questionnaire.answer.tooLong"),
				new Bad(false, "sec_notes", List.of("x".repeat(10_001)), "questionnaire.answer.tooLong"),
				new Bad(false, "org_staff_count", List.of("twelve"), "questionnaire.answer.number"),
				new Bad(false, "org_staff_count", List.of("1e9"), "questionnaire.answer.number"),
				new Bad(false, "org_staff_count", List.of("2.5"), "questionnaire.answer.wholeNumber"),
				new Bad(false, "org_staff_count", List.of("-1"), "questionnaire.answer.range"),
				new Bad(false, "org_staff_count", List.of("100001"), "questionnaire.answer.range"),
				new Bad(true, "delete_by", List.of("31/12/2026"), "questionnaire.answer.date"),
				new Bad(true, "delete_by", List.of("2026-02-30"), "questionnaire.answer.date"),
				new Bad(true, "delete_by", List.of("0001-01-01"), "questionnaire.answer.dateRange"),
				new Bad(false, "org_country", List.of("XX"), "questionnaire.answer.country"),
				new Bad(false, "no_such_question", List.of("x"), "questionnaire.answer.unknownQuestion"),
				new Bad(false, "org\u0000name", List.of("x"), "questionnaire.answer.unknownQuestion"),
				new Bad(false, "datasets", List.of("x"), "questionnaire.answer.unknownQuestion"),
				new Bad(false, "delete_by", List.of("2026-01-01"), "questionnaire.answer.unknownEntry"),
				new Bad(true, "org_name", List.of("x"), "questionnaire.answer.unknownEntry"));
	}

	@Test
	void autosaveRefusesEveryValueThatDoesNotFitWith422AndTheReasonInEnglishAndFrench() throws Exception {
		UUID entry = this.questionnaires.addEntry(this.team.projectId(), this.team.partner().current(), "datasets");
		for (Bad bad : badValues()) {
			UUID entryId = bad.inEntry() ? entry : null;
			String english = reason(bad, entryId, Locale.ENGLISH);
			String french = reason(bad, entryId, FRENCH);
			assertThat(french).as(bad.toString()).isNotEqualTo(english);
			MockHttpServletResponse inEnglish = this.mvc.perform(autosave(bad.key(), entryId, bad.values(), "0"))
				.andReturn()
				.getResponse();
			assertRejectedFragment(bad, inEnglish, english);
			MockHttpServletResponse byHeader = this.mvc
				.perform(autosave(bad.key(), entryId, bad.values(), "0").header("Accept-Language", "fr"))
				.andReturn()
				.getResponse();
			assertRejectedFragment(bad, byHeader, french);
			MockHttpServletResponse byParameter = this.mvc
				.perform(autosave(bad.key(), entryId, bad.values(), "0").param("lang", "fr"))
				.andReturn()
				.getResponse();
			assertRejectedFragment(bad, byParameter, french);
		}
		assertNothingSaved();
	}

	@Test
	void theApiRefusesEveryValueThatDoesNotFitWith422ProblemAndTheReasonInEnglishAndFrench() throws Exception {
		UUID entry = this.questionnaires.addEntry(this.team.projectId(), this.team.partner().current(), "datasets");
		for (Bad bad : badValues()) {
			if (bad.key().contains("\u0000")) {
				continue;
			}
			UUID entryId = bad.inEntry() ? entry : null;
			String body = answerJson(entryId, bad.values(), 0);
			for (Locale locale : List.of(Locale.ENGLISH, FRENCH)) {
				MockHttpServletResponse response = this.mvc
					.perform(put(answerUrl(bad.key())).session(this.partner)
						.with(csrf())
						.header("Accept-Language", locale.getLanguage())
						.accept(MediaType.APPLICATION_JSON)
						.contentType(MediaType.APPLICATION_JSON)
						.content(body))
					.andReturn()
					.getResponse();
				assertProblem(response, 422, bad + " " + locale);
				String reason = reason(bad, entryId, locale);
				assertThat((String) JsonPath.read(response.getContentAsString(), "$.detail")).as(bad + " " + locale)
					.isEqualTo(reason);
				assertThat(fieldError(response.getContentAsString(), "value")).as(bad + " " + locale).isEqualTo(reason);
			}
		}
		assertNothingSaved();
	}

	@Test
	void aTextAnswerWithCommasIsSavedWholeNotSplitIntoSeveralAnswers() throws Exception {
		MockHttpServletResponse page = this.mvc
			.perform(autosave("org_name", null, List.of("Hope Relief, Kenya office, Nairobi"), "0"))
			.andReturn()
			.getResponse();

		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(answers().get("org_name")).isEqualTo("Hope Relief, Kenya office, Nairobi");
	}

	@Test
	void aStaleVersionIs409WithTheCurrentAnswerOnThePageAndInTheApi() throws Exception {
		this.questionnaireFixtures.answer(this.team, null, "org_name", "Hope Relief");
		this.questionnaireFixtures.answer(this.team, null, "org_name", "Hope Relief International");

		MockHttpServletResponse page = this.mvc
			.perform(autosave("org_name", null, List.of("Mine from an old page"), "1"))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(409);
		assertThat(page.getContentAsString()).contains("Hope Relief International")
			.contains("value=\"2\"")
			.doesNotContain("Mine from an old page");
		assertNoLeak(page.getContentAsString());

		MockHttpServletResponse api = this.mvc
			.perform(put(answerUrl("org_name")).session(this.partner)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content(answerJson(null, List.of("Mine from an old client"), 1)))
			.andReturn()
			.getResponse();
		assertProblem(api, 409, "stale version");
		assertThat((String) JsonPath.read(api.getContentAsString(), "$.current.value"))
			.isEqualTo("Hope Relief International");
		assertThat((Integer) JsonPath.read(api.getContentAsString(), "$.current.version")).isEqualTo(2);
		assertThat(answers().get("org_name")).isEqualTo("Hope Relief International");
	}

	@Test
	void brokenAutosaveRequestsAre4xxNeverA500AndSaveNothing() throws Exception {
		LiveClient browser = new LiveClient(this.port).signIn(this.team.partner());
		String url = base() + "/answers";
		List<Map<String, String>> requests = List.of(
				// no question at all
				Map.of("value", "x", "version", "0"),
				// an entry that is not an id
				Map.of("question", "delete_by", "entry", "not-a-uuid", "value", "2026-01-01"),
				Map.of("question", "delete_by", "entry", "\u0000", "value", "2026-01-01"),
				// versions that are not numbers or do not fit one
				Map.of("question", "org_name", "value", "x", "version", "abc"),
				Map.of("question", "org_name", "value", "x", "version", "99999999999999999999999"),
				Map.of("question", "org_name", "value", "x", "version", "1\u0000"));
		for (Map<String, String> fields : requests) {
			assertPage(browser.form(url, fields, true), 400);
		}
		// huge values and NUL bytes in a key or value are refused or cleaned, never a 500
		MockHttpServletResponse huge = this.mvc.perform(autosave("org_name", null, List.of("x".repeat(1_000_000)), "0"))
			.andReturn()
			.getResponse();
		assertThat(huge.getStatus()).isEqualTo(422);
		assertNoLeak(huge.getContentAsString());
		MockHttpServletResponse many = this.mvc
			.perform(autosave("legal_laws", null, java.util.Collections.nCopies(5_000, "gdpr\u0000"), "0"))
			.andReturn()
			.getResponse();
		assertThat(many.getStatus()).isIn(200, 422);
		assertNoLeak(many.getContentAsString());
		assertThat(answers().answers()).doesNotContainKeys("org_name");
		MockHttpServletResponse nul = this.mvc.perform(autosave("org_name", null, List.of("Hope\u0000 Relief"), "0"))
			.andReturn()
			.getResponse();
		assertThat(nul.getStatus()).isEqualTo(200);
		assertThat(answers().get("org_name")).isEqualTo("Hope Relief");
	}

	@Test
	void brokenApiRequestsAreProblem4xxNeverA500AndSaveNothing() throws Exception {
		List<String> bodies = List.of("""
				{"value": true, "version": 0}""", """
				{"value": {"text": "x"}, "version": 0}""", """
				{"value": ["gdpr", {"x": 1}], "version": 0}""", """
				{"value": [true], "version": 0}""", """
				{"value": "x", "version": "abc"}""", """
				{"value": "x", "version": 1e40}""", """
				{"value": "x", "version": 99999999999999999999}""", """
				{"entry": "not-a-uuid", "value": "x", "version": 0}""", """
				{"value": "x", "version": 0""", "not json at all", "", "[]", "null");
		for (String body : bodies) {
			MockHttpServletResponse response = this.mvc
				.perform(put(answerUrl("org_name")).session(this.partner)
					.with(csrf())
					.accept(MediaType.APPLICATION_JSON)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andReturn()
				.getResponse();
			assertProblem(response, 400, body);
		}
		for (String body : List.of("""
				{"value": true, "version": 0}""", """
				{"value": {"text": "x"}, "version": 0}""")) {
			MockHttpServletResponse response = this.mvc
				.perform(put(answerUrl("org_name")).session(this.partner)
					.with(csrf())
					.accept(MediaType.APPLICATION_JSON)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andReturn()
				.getResponse();
			assertThat(fieldError(response.getContentAsString(), "value")).as(body)
				.isEqualTo(this.messages.getMessage("questionnaire.answer.invalidChoice", null, Locale.ENGLISH));
		}
		// an entry that is not an id in the path, a revision that is not a number
		assertProblem(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.delete(base("/api/v1") + "/entries/not-a-uuid")
				.session(this.partner)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse(), 400, "entry id");
		assertProblem(this.mvc
			.perform(get(base("/api/v1") + "/revisions/abc").session(this.partner).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse(), 400, "revision number");
		assertProblem(this.mvc
			.perform(post(base("/api/v1") + "/entries").session(this.partner)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"group\": \"no_such_group\\u0000\"}"))
			.andReturn()
			.getResponse(), 400, "unknown group");
		assertThat(answers().answers()).isEmpty();
		assertThat(answers().entries("datasets")).isEmpty();
	}

	@Test
	void brokenRevisionAndExportRequestsAre4xxPages() {
		LiveClient browser = new LiveClient(this.port).signIn(this.team.partner());
		for (String path : List.of("/revisions/abc", "/revisions/99999999999", "/compare?from=1",
				"/compare?from=a&to=2", "/export.json?revision=x", "/export.pdf?revision=99999999999",
				"/datasets.csv?revision=%00")) {
			assertPage(browser.page(base() + path), 400);
		}
		for (String path : List.of("/revisions/7", "/compare?from=1&to=2", "/export.json?revision=3")) {
			assertPage(browser.page(base() + path), 404);
		}
	}

	@Test
	void submittingWithMissingAnswersIs422ListingThemWithLinksAndTheApiListsThemToo() throws Exception {
		UUID entry = this.questionnaires.addEntry(this.team.projectId(), this.team.partner().current(), "datasets");
		MockHttpServletResponse page = this.mvc
			.perform(post(base() + "/submit").session(this.partner).with(csrf()).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(422);
		String html = page.getContentAsString();
		assertThat(html).contains("id=\"error-summary\"")
			.contains("id=\"missing-answers\"")
			.contains("href=\"#q-org_name\"")
			.contains("href=\"#q-" + entry + "-delete_by\"")
			.doesNotContain("href=\"#q-sec_two_factor_scope\"");
		assertNoLeak(html);

		MockHttpServletResponse api = this.mvc
			.perform(post(base("/api/v1") + "/submission").session(this.partner)
				.with(csrf())
				.header("Accept-Language", "fr")
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertProblem(api, 422, "submission");
		List<String> missing = JsonPath.read(api.getContentAsString(), "$.missing[*].question");
		assertThat(missing).contains("org_name", "delete_by").doesNotContain("sec_two_factor_scope");
		List<String> entries = JsonPath.read(api.getContentAsString(), "$.missing[?(@.question == 'delete_by')].entry");
		assertThat(entries).containsExactly(entry.toString());
		assertThat((String) JsonPath.read(api.getContentAsString(), "$.detail")).startsWith("Avant de soumettre");
		assertThat(this.questionnaires.open(this.team.projectId(), this.team.partner().current()).revision()).isZero();
	}

	@Test
	void changingASubmittedQuestionnaireIsAConflictNotA500() throws Exception {
		this.questionnaireFixtures.completeAll(this.team, 1);
		this.questionnaires.submit(this.team.projectId(), this.team.partner().current());
		MockHttpServletResponse api = this.mvc
			.perform(put(answerUrl("org_name")).session(this.partner)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content(answerJson(null, List.of("Changed"), 1)))
			.andReturn()
			.getResponse();
		assertProblem(api, 409, "submitted");
		MockHttpServletResponse page = this.mvc.perform(autosave("org_name", null, List.of("Changed"), "1"))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(409);
		assertNoLeak(page.getContentAsString());
		assertThat(answers().get("org_name")).isNotEqualTo("Changed");
	}

	@Test
	void reviewingWhatIsNotSubmittedIsExplainedAsSuchOnThePageAndIsAConflictInTheApi() throws Exception {
		MockHttpSession scoper = Logins.signIn(this.mvc, this.team.scoper());
		assertThat(returnPage(scoper, "Please change the name.").key()).isEqualTo("questionnaire.error.notSubmitted");
		assertThat(returnPage(scoper, "   ").key()).isEqualTo("questionnaire.return.noteRequired");
		assertThat(returnPage(scoper, "x".repeat(5_001)).key()).isEqualTo("questionnaire.text.tooLong");
		String notSubmitted = this.messages.getMessage("questionnaire.error.notSubmitted", null, Locale.ENGLISH);
		MockHttpServletResponse accept = this.mvc.perform(
				post(base("/api/v1") + "/acceptance").session(scoper).with(csrf()).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		assertProblem(accept, 409, "acceptance");
		assertThat((String) JsonPath.read(accept.getContentAsString(), "$.detail")).isEqualTo(notSubmitted);
		MockHttpServletResponse returned = this.mvc
			.perform(post(base("/api/v1") + "/return").session(scoper)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\": \"Please change the name.\"}"))
			.andReturn()
			.getResponse();
		assertProblem(returned, 409, "return");
		MockHttpServletResponse noNote = this.mvc
			.perform(post(base("/api/v1") + "/return").session(scoper)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\": \" \\u0000 \"}"))
			.andReturn()
			.getResponse();
		assertProblem(noNote, 400, "empty note");
		assertThat(fieldError(noNote.getContentAsString(), "note"))
			.isEqualTo(this.messages.getMessage("questionnaire.text.required", null, Locale.ENGLISH));
	}

	private FlashMessages.Flash returnPage(MockHttpSession scoper, String note) throws Exception {
		org.springframework.test.web.servlet.MvcResult result = this.mvc
			.perform(post(base() + "/return").session(scoper).with(csrf()).param("note", note))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return (FlashMessages.Flash) result.getFlashMap().get("flashWarning");
	}

	@Test
	void aTemplateIdThatIsNotOneIs400AndAnUnknownOne404() throws Exception {
		assertProblem(this.mvc
			.perform(get("/api/v1/questionnaire-templates/not-a-uuid").session(this.partner)
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse(), 400, "template id");
		assertProblem(this.mvc
			.perform(get("/api/v1/questionnaire-templates/" + UUID.randomUUID()).session(this.partner)
				.accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse(), 404, "unknown template");
	}

	@Test
	void anAutosaveWithoutTheCsrfTokenIsRefused() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post(base() + "/answers").session(this.partner)
				.param("question", "org_name")
				.param("value", "No token")
				.param("version", "0")
				.accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertNoLeak(response.getContentAsString());
		assertNothingSaved();
	}

	private MockHttpServletRequestBuilder autosave(String key, UUID entryId, List<String> values, String version) {
		MockHttpServletRequestBuilder request = post(base() + "/answers").session(this.partner)
			.with(csrf())
			.header("HX-Request", "true")
			.accept(MediaType.TEXT_HTML)
			.param("question", key)
			.param("version", version);
		if (entryId != null) {
			request.param("entry", entryId.toString());
		}
		values.forEach((value) -> request.param("value", value));
		return request;
	}

	private void assertRejectedFragment(Bad bad, MockHttpServletResponse response, String reason) throws Exception {
		assertThat(response.getStatus()).as(bad.toString()).isEqualTo(422);
		assertThat(response.getContentType()).as(bad.toString()).startsWith("text/html");
		String html = response.getContentAsString();
		assertThat(html).as(bad.toString()).contains("role=\"alert\"");
		assertThat(HtmlUtils.htmlUnescape(html)).as(bad.toString()).contains(reason);
		assertNoLeak(html);
	}

	/** The reason the service gives, in the language: nothing is saved by asking. */
	private String reason(Bad bad, UUID entryId, Locale locale) {
		SaveOutcome outcome = this.questionnaires.save(this.team.projectId(), this.team.partner().current(),
				new AnswerInput(entryId, bad.key(), bad.values(), 0));
		assertThat(outcome).as(bad.toString()).isInstanceOf(SaveOutcome.Rejected.class);
		SaveOutcome.Rejected rejected = (SaveOutcome.Rejected) outcome;
		assertThat(rejected.messageKey()).as(bad.toString()).isEqualTo(bad.messageKey());
		return this.messages.getMessage(rejected.messageKey(), rejected.arguments().toArray(), locale);
	}

	private static void assertProblem(MockHttpServletResponse response, int status, String what) throws Exception {
		String body = response.getContentAsString();
		assertThat(response.getStatus()).as(what + ": " + body).isEqualTo(status);
		assertThat(response.getContentType()).as(what).startsWith("application/problem+json");
		assertThat((String) JsonPath.read(body, "$.title")).as(what).isNotBlank();
		assertThat((Integer) JsonPath.read(body, "$.status")).as(what).isEqualTo(status);
		assertNoLeak(body);
	}

	private void assertNothingSaved() {
		QuestionnaireView view = this.questionnaires.open(this.team.projectId(), this.team.partner().current());
		assertThat(view.answers().answers()).isEmpty();
		view.answers().entries("datasets").forEach((entry) -> assertThat(entry.answers()).isEmpty());
	}

	private org.datapact.questionnaire.domain.AnswerSet answers() {
		return this.questionnaires.open(this.team.projectId(), this.team.partner().current()).answers();
	}

	private String base() {
		return base("");
	}

	private String base(String prefix) {
		return prefix + "/projects/" + this.team.projectId() + "/questionnaire";
	}

	private String answerUrl(String key) {
		return base("/api/v1") + "/answers/" + key;
	}

	private static String answerJson(UUID entryId, List<String> values, int version) {
		StringBuilder value = new StringBuilder();
		if (values.size() == 1) {
			value.append('"').append(values.get(0)).append('"');
		}
		else {
			value.append('[');
			for (int i = 0; i < values.size(); i++) {
				value.append((i > 0) ? ", " : "").append('"').append(values.get(i)).append('"');
			}
			value.append(']');
		}
		return "{" + ((entryId != null) ? "\"entry\": \"" + entryId + "\", " : "") + "\"value\": " + value
				+ ", \"version\": " + version + "}";
	}

}
