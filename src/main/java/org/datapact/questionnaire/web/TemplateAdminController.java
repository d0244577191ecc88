package org.datapact.questionnaire.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.LockVersion;
import org.datapact.definition.Problem;
import org.datapact.definition.ProblemLine;
import org.datapact.definition.PublishOutcome;
import org.datapact.questionnaire.domain.TemplateAdminService;
import org.datapact.questionnaire.domain.TemplateAdminService.ImportOutcome;
import org.datapact.questionnaire.domain.TemplateAdminService.TemplateExport;
import org.datapact.questionnaire.domain.TemplateAdminService.TemplateVersionDetail;
import org.datapact.questionnaire.domain.TemplateAdminService.TemplateVersionRow;
import org.datapact.questionnaire.domain.TemplateEdit;
import org.datapact.questionnaire.domain.TemplateEditor;
import org.datapact.questionnaire.domain.TemplateEditor.Direction;
import org.datapact.questionnaire.domain.TemplateSummary;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.Documents;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Paged;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Questionnaire templates for admins: the list of templates and their versions, one
 * version's sections and questions, and on a draft the buttons that move, copy and remove
 * questions and sections, publish the draft or throw it away; import and export as JSON.
 */
@Controller
@RequestMapping("/admin/templates")
class TemplateAdminController {

	static final String BASE = "/admin/templates/";

	private final TemplateAdminService templates;

	private final ConditionText conditions;

	private final MessageSource messages;

	TemplateAdminController(TemplateAdminService templates, ConditionText conditions, MessageSource messages) {
		this.templates = templates;
		this.conditions = conditions;
		this.messages = messages;
	}

	@GetMapping
	String list(CurrentUser me, @Paged PageQuery query, Model model) {
		ListPage<TemplateVersionRow> versions = this.templates.list(me, query);
		Map<String, List<TemplateVersionRow>> byKey = new LinkedHashMap<>();
		for (TemplateVersionRow row : versions.items()) {
			byKey.computeIfAbsent(row.summary().templateKey(), (key) -> new ArrayList<>()).add(row);
		}
		model.addAttribute("templates", byKey);
		model.addAttribute("versions", versions);
		return "questionnaire/admin/list";
	}

	@GetMapping("/{id}")
	String show(CurrentUser me, @PathVariable UUID id, Model model, Locale locale) {
		return show(model, this.templates.view(me, id), List.of(), locale);
	}

	String show(Model model, TemplateVersionDetail detail, List<ProblemLine> refusal, Locale locale) {
		model.addAttribute("detail", detail);
		model.addAttribute("template", detail.definition());
		model.addAttribute("conditions", this.conditions);
		model.addAttribute("problems", TemplateProblems.lines(detail.problems(), detail.definition(),
				detail.isDraft() ? detail.summary().id() : null, this.messages, locale));
		model.addAttribute("refusal", refusal);
		return "questionnaire/admin/show";
	}

	@PostMapping("/{id}/draft")
	String createDraft(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			TemplateSummary draft = this.templates.createDraft(me, id);
			FlashMessages.success(redirect, "template.draft.created");
			return "redirect:" + BASE + draft.id();
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
			return "redirect:" + BASE + id;
		}
	}

	@PostMapping("/{id}/publish")
	String publish(CurrentUser me, @PathVariable UUID id,
			@RequestParam(name = "lockVersion", required = false) String lockVersion, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		try {
			PublishOutcome outcome = this.templates.publish(me, id, LockVersion.parse(lockVersion));
			if (outcome instanceof PublishOutcome.Published published) {
				FlashMessages.success(redirect, "template.published", published.version());
				return "redirect:" + BASE + published.id();
			}
			TemplateVersionDetail detail = this.templates.view(me, id);
			response.setStatus(422);
			return show(model, detail, TemplateProblems.lines(((PublishOutcome.Refused) outcome).problems(),
					detail.definition(), id, this.messages, locale), locale);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(redirect, id, null);
		}
	}

	@PostMapping("/{id}/discard")
	String discard(CurrentUser me, @PathVariable UUID id,
			@RequestParam(name = "lockVersion", required = false) String lockVersion, RedirectAttributes redirect) {
		try {
			this.templates.discard(me, id, LockVersion.parse(lockVersion));
			FlashMessages.success(redirect, "template.discarded");
			return "redirect:/admin/templates";
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(redirect, id, null);
		}
	}

	@GetMapping(path = "/{id}/export.json")
	ResponseEntity<byte[]> export(CurrentUser me, @PathVariable UUID id) {
		TemplateExport export = this.templates.export(me, id);
		return Documents.attachment(export.json().getBytes(StandardCharsets.UTF_8), "application/json",
				export.fileName());
	}

	@GetMapping("/import")
	String importForm(CurrentUser me, Model model) {
		this.templates.authorise(me);
		model.addAttribute("json", "");
		model.addAttribute("importProblems", List.of());
		return "questionnaire/admin/import";
	}

	/**
	 * Imports a template from an uploaded file or pasted text. When it has problems, the
	 * page lists them next to the text, which keeps the document so it can be corrected.
	 */
	@PostMapping("/import")
	String importTemplate(CurrentUser me, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "json", required = false) String json, Model model, RedirectAttributes redirect,
			Locale locale) throws IOException {
		this.templates.authorise(me);
		String text = (json != null) ? json : "";
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > TemplateAdminService.MAX_IMPORT_BYTES) {
				return importRefused(model, "", List
					.of(problem("template.import.tooLarge", locale, TemplateAdminService.MAX_IMPORT_BYTES / 1024)));
			}
			text = new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		if (text.isBlank()) {
			return importRefused(model, text, List.of(problem("template.import.nothing", locale)));
		}
		if (text.length() > TemplateAdminService.MAX_IMPORT_BYTES) {
			return importRefused(model, "",
					List.of(problem("template.import.tooLarge", locale, TemplateAdminService.MAX_IMPORT_BYTES / 1024)));
		}
		ImportOutcome outcome = this.templates.importJson(me, text);
		if (outcome instanceof ImportOutcome.Imported imported) {
			FlashMessages.success(redirect, "template.imported", imported.draft().templateKey());
			return "redirect:" + BASE + imported.draft().id();
		}
		List<Problem> problems = ((ImportOutcome.Refused) outcome).problems();
		return importRefused(model, text, TemplateProblems.lines(problems, null, null, this.messages, locale));
	}

	private ProblemLine problem(String key, Locale locale, Object... arguments) {
		return new ProblemLine("", this.messages.getMessage(key, arguments, locale), null);
	}

	private static String importRefused(Model model, String json, List<ProblemLine> problems) {
		model.addAttribute("json", json);
		model.addAttribute("importProblems", problems);
		return "questionnaire/admin/import";
	}

	// ---- Moving, copying and removing on a draft's page

	@PostMapping("/{id}/sections/{sectionKey}/move")
	String moveSection(CurrentUser me, @PathVariable UUID id, @PathVariable String sectionKey,
			@RequestParam(name = "lockVersion", required = false) String lockVersion,
			@RequestParam(name = "direction", required = false) String direction, RedirectAttributes redirect) {
		if (direction(direction) == null) {
			FlashMessages.warning(redirect, "template.edit.direction");
			return "redirect:" + BASE + id;
		}
		return edit(me, id, lockVersion, new TemplateEdit.MoveSection(sectionKey, direction(direction)), redirect,
				"#section-" + sectionKey, null);
	}

	@PostMapping("/{id}/sections/{sectionKey}/remove")
	String removeSection(CurrentUser me, @PathVariable UUID id, @PathVariable String sectionKey,
			@RequestParam(name = "lockVersion", required = false) String lockVersion, RedirectAttributes redirect) {
		return edit(me, id, lockVersion, new TemplateEdit.RemoveSection(sectionKey), redirect, "",
				"template.section.removed");
	}

	@PostMapping("/{id}/questions/{key}/move")
	String moveQuestion(CurrentUser me, @PathVariable UUID id, @PathVariable String key,
			@RequestParam(name = "lockVersion", required = false) String lockVersion,
			@RequestParam(name = "direction", required = false) String direction, RedirectAttributes redirect) {
		if (direction(direction) == null) {
			FlashMessages.warning(redirect, "template.edit.direction");
			return "redirect:" + BASE + id;
		}
		return edit(me, id, lockVersion, new TemplateEdit.MoveQuestion(key, direction(direction)), redirect,
				"#question-" + key, null);
	}

	@PostMapping("/{id}/questions/{key}/move-to-section")
	String moveToSection(CurrentUser me, @PathVariable UUID id, @PathVariable String key,
			@RequestParam(name = "lockVersion", required = false) String lockVersion,
			@RequestParam(name = "section", required = false) String section, RedirectAttributes redirect) {
		return edit(me, id, lockVersion, new TemplateEdit.MoveToSection(key, String.valueOf(section)), redirect,
				"#question-" + key, "template.question.moved");
	}

	@PostMapping("/{id}/questions/{key}/clone")
	String cloneQuestion(CurrentUser me, @PathVariable UUID id, @PathVariable String key,
			@RequestParam(name = "lockVersion", required = false) String lockVersion, RedirectAttributes redirect) {
		TemplateVersionDetail detail = this.templates.view(me, id);
		String copyKey;
		try {
			copyKey = TemplateEditor.cloneKey(detail.definition(), key);
		}
		catch (DefinitionEditRefused ex) {
			FlashMessages.warning(redirect, ex.messageKey(), ex.arguments());
			return "redirect:" + BASE + id;
		}
		return edit(me, id, lockVersion, new TemplateEdit.CloneQuestion(key), redirect, "#question-" + copyKey,
				"template.question.cloned", copyKey);
	}

	@PostMapping("/{id}/questions/{key}/remove")
	String removeQuestion(CurrentUser me, @PathVariable UUID id, @PathVariable String key,
			@RequestParam(name = "lockVersion", required = false) String lockVersion, RedirectAttributes redirect) {
		return edit(me, id, lockVersion, new TemplateEdit.RemoveQuestion(key), redirect, "",
				"template.question.removed", key);
	}

	/**
	 * Applies an edit from a button and goes back to the page; a refusal or a conflict is
	 * told in a warning there.
	 */
	private String edit(CurrentUser me, UUID id, String lockVersion, TemplateEdit edit, RedirectAttributes redirect,
			String anchor, String successKey, Object... arguments) {
		try {
			this.templates.edit(me, id, LockVersion.parse(lockVersion), edit);
			if (successKey != null) {
				FlashMessages.success(redirect, successKey, arguments);
			}
			return "redirect:" + BASE + id + anchor;
		}
		catch (DefinitionEditRefused ex) {
			FlashMessages.warning(redirect, ex.messageKey(), ex.arguments());
			return "redirect:" + BASE + id;
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(redirect, id, anchor);
		}
	}

	private static String conflict(RedirectAttributes redirect, UUID id, String anchor) {
		FlashMessages.warning(redirect, "template.conflict");
		return "redirect:" + BASE + id + ((anchor != null) ? anchor : "");
	}

	private static Direction direction(String direction) {
		if ("up".equals(direction)) {
			return Direction.UP;
		}
		if ("down".equals(direction)) {
			return Direction.DOWN;
		}
		return null;
	}

}
