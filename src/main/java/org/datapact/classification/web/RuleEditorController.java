package org.datapact.classification.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.domain.RuleSetAdministration;
import org.datapact.classification.domain.RuleSetAdministration.RuleKind;
import org.datapact.classification.domain.RuleSetDetail;
import org.datapact.classification.domain.RuleSetEdit;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.LockVersion;
import org.datapact.definition.Problem;
import org.datapact.definition.ProblemLine;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.web.FlashMessages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rules of a draft rule set: the structured editor of one rule (key, level, texts,
 * scope and the condition as nested rows), moving and removing rules, and any rule as
 * JSON (the advanced alternative, with which combination rules are edited).
 */
@Controller
@RequestMapping(RuleSetAdminController.BASE + "/{id}")
class RuleEditorController {

	private final RuleSetAdministration administration;

	private final MessageSource messages;

	RuleEditorController(RuleSetAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/rules/new")
	String newRule(CurrentUser me, @PathVariable UUID id, Model model) {
		RuleSetDetail detail = this.administration.getDraft(me, id);
		return editor(model, detail, RuleForm.empty(detail.summary().lockVersion()), List.of(), Map.of());
	}

	@GetMapping("/rules/{index}")
	String editRule(CurrentUser me, @PathVariable UUID id, @PathVariable int index, Model model) {
		RuleSetDetail detail = this.administration.getDraft(me, id);
		if (index < 0 || index >= detail.definition().rules().size()) {
			throw new NotFoundException("ClassificationRule", index);
		}
		return editor(model, detail,
				RuleForm.of(index, detail.summary().lockVersion(), detail.definition().rules().get(index)), List.of(),
				Map.of());
	}

	@PostMapping("/rules")
	String saveRule(CurrentUser me, @PathVariable UUID id, @ModelAttribute("form") RuleForm form,
			@RequestParam(name = "action", defaultValue = RuleForm.SAVE) String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		RuleSetDetail detail = this.administration.getDraft(me, id);
		if (!RuleForm.saves(action)) {
			return editor(model, detail, form.after(action), List.of(), Map.of());
		}
		try {
			RuleSetDetail saved = this.administration.edit(me, id, form.lock(),
					new RuleSetEdit.SaveRule(form.index(), form.rule()));
			FlashMessages.success(redirect, "classification.rule.saved", saved.summary().name());
			return "redirect:" + RuleSetAdminController.BASE + "/" + id;
		}
		catch (ConditionRows.RowException ex) {
			String message = this.messages.getMessage(ex.messageKey(), null, locale);
			return editor(model, detail, form,
					List.of(new ProblemLine("condition", message, "#rows-" + ex.row() + "-op")),
					Map.of(ex.row(), List.of(message)));
		}
		catch (DefinitionEditRefused ex) {
			int index = (form.index() != null) ? form.index() : detail.definition().rules().size();
			return refused(model, detail, form, ex.problems(), "rules[" + index + "]", locale);
		}
	}

	@PostMapping("/rules/{index}/move")
	String moveRule(CurrentUser me, @PathVariable UUID id, @PathVariable int index,
			@RequestParam(defaultValue = "RULE") RuleKind kind, @RequestParam(defaultValue = "1") int delta,
			@RequestParam(name = "lockVersion", required = false) String lockVersion) {
		this.administration.edit(me, id, LockVersion.parse(lockVersion), new RuleSetEdit.MoveRule(kind, index, delta));
		return "redirect:" + RuleSetAdminController.BASE + "/" + id;
	}

	@PostMapping("/rules/{index}/remove")
	String removeRule(CurrentUser me, @PathVariable UUID id, @PathVariable int index,
			@RequestParam(defaultValue = "RULE") RuleKind kind,
			@RequestParam(name = "lockVersion", required = false) String lockVersion, RedirectAttributes redirect) {
		this.administration.edit(me, id, LockVersion.parse(lockVersion), new RuleSetEdit.RemoveRule(kind, index));
		FlashMessages.success(redirect, "classification.rule.removed");
		return "redirect:" + RuleSetAdminController.BASE + "/" + id;
	}

	@GetMapping("/rules-json")
	String ruleJson(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "RULE") RuleKind kind,
			@RequestParam(required = false) Integer index, Model model) {
		RuleSetDetail detail = this.administration.getDraft(me, id);
		String json = (index != null) ? this.administration.ruleJson(me, id, kind, index) : "";
		return jsonEditor(model, detail, kind, index, json, List.of());
	}

	@PostMapping("/rules-json")
	String saveRuleJson(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "RULE") RuleKind kind,
			@RequestParam(required = false) Integer index,
			@RequestParam(name = "lockVersion", required = false) String lockVersion,
			@RequestParam(defaultValue = "") String json, Model model, Locale locale, RedirectAttributes redirect) {
		RuleSetDetail detail = this.administration.getDraft(me, id);
		try {
			this.administration.edit(me, id, LockVersion.parse(lockVersion),
					new RuleSetEdit.SaveRuleJson(kind, index, json));
			FlashMessages.success(redirect, "classification.rule.saved", detail.summary().name());
			return "redirect:" + RuleSetAdminController.BASE + "/" + id;
		}
		catch (DefinitionEditRefused ex) {
			return jsonEditor(model, detail, kind, index, json,
					ProblemLine.of(ex.problems(), (problem) -> "#json", this.messages, locale));
		}
	}

	private String editor(Model model, RuleSetDetail detail, RuleForm form, List<ProblemLine> problems,
			Map<Integer, List<String>> rowProblems) {
		model.addAttribute("ruleSet", detail);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		Set<String> invalid = new HashSet<>();
		problems.forEach((p) -> invalid.add(p.fieldId()));
		model.addAttribute("invalidFields", invalid);
		model.addAttribute("rowProblems", rowProblems);
		model.addAttribute("depths", ConditionRows.depths(form.rows()));
		model.addAttribute("ops", ConditionRows.OPS);
		model.addAttribute("levels", Level.values());
		model.addAttribute("catalog", AttributeCatalog.datasetInventory());
		model.addAttribute("attributes", AttributeCatalog.datasetInventory().attributes());
		model.addAttribute("parameters", detail.definition().parameters().keySet());
		return "classification/rule-editor";
	}

	/**
	 * The editor again with each problem of the rule, linked to its field, and those of
	 * the condition also next to their row.
	 */
	private String refused(Model model, RuleSetDetail detail, RuleForm form, List<Problem> refused, String rulePath,
			Locale locale) {
		List<String> paths = ConditionRows.paths(form.rows(), rulePath + ".condition");
		Map<Integer, List<String>> rowProblems = new LinkedHashMap<>();
		List<ProblemLine> problems = new ArrayList<>();
		for (Problem problem : refused) {
			String message = ProblemLine.message(problem, this.messages, locale);
			String path = problem.path();
			String fieldId = null;
			if (path.startsWith(rulePath + ".")) {
				fieldId = RuleForm.fieldOf(path.substring(rulePath.length() + 1));
				int row = rowOf(paths, path);
				if (row >= 0) {
					fieldId = "rows-" + row + "-op";
					rowProblems.computeIfAbsent(row, (r) -> new ArrayList<>()).add(message);
				}
			}
			problems.add(new ProblemLine(path, message, (fieldId != null) ? "#" + fieldId : null));
		}
		return editor(model, detail, form, problems, rowProblems);
	}

	/** The row whose condition the path is in (the deepest one). */
	private static int rowOf(List<String> paths, String path) {
		int best = -1;
		int length = -1;
		for (int i = 0; i < paths.size(); i++) {
			String p = paths.get(i);
			if ((path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) && p.length() > length) {
				best = i;
				length = p.length();
			}
		}
		return best;
	}

	private static String jsonEditor(Model model, RuleSetDetail detail, RuleKind kind, Integer index, String json,
			List<ProblemLine> problems) {
		model.addAttribute("ruleSet", detail);
		model.addAttribute("kind", kind);
		model.addAttribute("index", index);
		model.addAttribute("json", json);
		model.addAttribute("problems", problems);
		return "classification/rule-json";
	}

}
