package org.datapact.questionnaire.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.datapact.questionnaire.domain.AnswerSet;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionnaireRevisions;
import org.datapact.questionnaire.domain.RevisionDetail;
import org.datapact.questionnaire.domain.RevisionJson;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.Documents;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Revisions, their comparison and the exports. An export is of one revision, or of the
 * latest one when none is named, or of the current answers before the first submission;
 * answers hidden by a condition are never in it.
 */
@Controller
class QuestionnaireDocumentsController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final QuestionnaireRevisions revisions;

	private final AnswerText answerText;

	private final SpringTemplateEngine templates;

	private final Clock clock;

	QuestionnaireDocumentsController(QuestionnaireRevisions revisions, AnswerText answerText,
			SpringTemplateEngine templates, Clock clock) {
		this.revisions = revisions;
		this.answerText = answerText;
		this.templates = templates;
		this.clock = clock;
	}

	@GetMapping("/projects/{projectId}/questionnaire/revisions/{number}")
	String revision(CurrentUser me, @PathVariable UUID projectId, @PathVariable int number, Model model) {
		model.addAttribute("detail", this.revisions.revision(projectId, me, number));
		model.addAttribute("text", this.answerText);
		return "questionnaire/revision";
	}

	@GetMapping("/projects/{projectId}/questionnaire/compare")
	String compare(CurrentUser me, @PathVariable UUID projectId, @RequestParam int from, @RequestParam int to,
			Model model) {
		model.addAttribute("comparison", this.revisions.compare(projectId, me, from, to));
		// the choice of revisions to compare: the latest hundred
		model.addAttribute("revisions",
				this.revisions.revisions(projectId, me, PageQuery.firstOf(PageQuery.MAX_SIZE)).items());
		model.addAttribute("text", this.answerText);
		return "questionnaire/compare";
	}

	@GetMapping("/projects/{projectId}/questionnaire/export.json")
	ResponseEntity<byte[]> json(CurrentUser me, @PathVariable UUID projectId,
			@RequestParam(required = false) Integer revision) {
		RevisionDetail detail = detail(me, projectId, revision, "json");
		ObjectNode root = JSON.createObjectNode();
		root.put("project", detail.project().id().toString());
		root.put("projectTitle", detail.project().title());
		root.put("template", detail.template().key());
		if (detail.summary() != null) {
			root.put("revision", detail.summary().number());
			root.put("submittedAt", detail.summary().submittedAt().toString());
		}
		root.put("exportedAt", this.clock.instant().toString());
		root.setAll(RevisionJson.tree(detail.answers()));
		return Documents.attachment(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root),
				MediaType.APPLICATION_JSON_VALUE, fileName(detail, "json"));
	}

	@GetMapping("/projects/{projectId}/questionnaire/export.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser me, @PathVariable UUID projectId,
			@RequestParam(required = false) Integer revision, Locale locale) {
		RevisionDetail detail = detail(me, projectId, revision, "pdf");
		Context context = new Context(locale);
		context.setVariable("detail", detail);
		context.setVariable("text", this.answerText);
		byte[] pdf = Documents.pdf(this.templates.process("questionnaire/export-pdf", context));
		return Documents.attachment(pdf, MediaType.APPLICATION_PDF_VALUE, fileName(detail, "pdf"));
	}

	@GetMapping("/projects/{projectId}/questionnaire/datasets.csv")
	ResponseEntity<byte[]> datasets(CurrentUser me, @PathVariable UUID projectId,
			@RequestParam(required = false) Integer revision, Locale locale) {
		RevisionDetail detail = detail(me, projectId, revision, "csv");
		StringBuilder csv = new StringBuilder(Documents.BYTE_ORDER_MARK);
		detail.template().question("datasets").ifPresent((group) -> {
			List<String> header = new ArrayList<>(List.of("#"));
			group.questions().forEach((question) -> header.add(question.label().in(locale)));
			Documents.csvRow(csv, header);
			int number = 0;
			for (AnswerSet.Entry entry : detail.answers().entries(group.key())) {
				List<String> cells = new ArrayList<>(List.of(String.valueOf(++number)));
				for (Question question : group.questions()) {
					cells.add(this.answerText.display(question, entry.get(question.key()), locale));
				}
				Documents.csvRow(csv, cells);
			}
		});
		return Documents.attachment(csv.toString().getBytes(StandardCharsets.UTF_8), Documents.CSV,
				fileName(detail, "datasets.csv"));
	}

	private RevisionDetail detail(CurrentUser me, UUID projectId, Integer revision, String format) {
		return this.revisions.export(projectId, me, revision, format);
	}

	private static String fileName(RevisionDetail detail, String suffix) {
		String revision = (detail.summary() != null) ? "-r" + detail.summary().number() : "-draft";
		return "questionnaire" + revision + "." + suffix;
	}

}
