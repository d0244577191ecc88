package org.datapact.classification.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.classification.DatasetFacts;
import org.datapact.classification.InvalidFactsException;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.domain.BenchComparison;
import org.datapact.classification.domain.Reclassification;
import org.datapact.classification.domain.RuleSetAdministration;
import org.datapact.classification.domain.RuleSetAdministration.RuleKind;
import org.datapact.classification.domain.RuleSetDetail;
import org.datapact.classification.domain.RuleSetNotEditableException;
import org.datapact.classification.domain.RuleSetSummary;
import org.datapact.classification.engine.Attribute;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.classification.engine.AttributeType;
import org.datapact.classification.engine.InvalidRuleSetException;
import org.datapact.classification.engine.RuleSetProblem;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.web.FlashMessages;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admin pages of classification rule sets: versions, a draft's structured rule editor,
 * the test bench, JSON export and import, and publishing with a reason. The service
 * checks the admin role too.
 */
@Controller
@RequestMapping("/admin/classification/rule-sets")
class RuleSetAdminController {

	static final String BASE = "/admin/classification/rule-sets";

	private static final int MAX_SAMPLES = 10;

	private final RuleSetAdministration administration;

	private final MessageSource messages;

	private final Reclassification reclassification;

	RuleSetAdminController(RuleSetAdministration administration, MessageSource messages,
			Reclassification reclassification) {
		this.administration = administration;
		this.messages = messages;
		this.reclassification = reclassification;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("versions", this.administration.versions(me));
		return "classification/rule-sets";
	}

	@PostMapping("/{id}/draft")
	String createDraft(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			RuleSetSummary draft = this.administration.createDraft(me, id);
			FlashMessages.success(redirect, "classification.ruleSet.drafted");
			return "redirect:" + BASE + "/" + draft.id();
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
			return "redirect:" + BASE;
		}
	}

	@GetMapping("/{id}")
	String show(CurrentUser me, @PathVariable UUID id, Model model) {
		RuleSetDetail detail = this.administration.get(me, id);
		model.addAttribute("ruleSet", detail);
		model.addAttribute("problems", List.of());
		return "classification/rule-set";
	}

	@PostMapping("/{id}/discard")
	String discard(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		this.administration.discardDraft(me, id);
		FlashMessages.success(redirect, "classification.ruleSet.discarded");
		return "redirect:" + BASE;
	}

	// Rules: structured editor

	@GetMapping("/{id}/rules/new")
	String newRule(CurrentUser me, @PathVariable UUID id, Model model) {
		RuleSetDetail detail = draft(me, id);
		return ruleEditor(model, detail, RuleForm.empty(detail.summary().lockVersion()), List.of(), Map.of());
	}

	@GetMapping("/{id}/rules/{index}")
	String editRule(CurrentUser me, @PathVariable UUID id, @PathVariable int index, Model model) {
		RuleSetDetail detail = draft(me, id);
		if (index < 0 || index >= detail.definition().rules().size()) {
			throw new NotFoundException("ClassificationRule", index);
		}
		return ruleEditor(model, detail,
				RuleForm.of(index, detail.summary().lockVersion(), detail.definition().rules().get(index)), List.of(),
				Map.of());
	}

	@PostMapping("/{id}/rules")
	String saveRule(CurrentUser me, @PathVariable UUID id, @ModelAttribute("form") RuleForm form,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		RuleSetDetail detail = draft(me, id);
		if (action.startsWith("add:") || action.startsWith("group:") || action.startsWith("remove:")) {
			int row = parseRow(action);
			List<ConditionRow> rows = action.startsWith("remove:") ? ConditionRows.remove(form.rows(), row)
					: ConditionRows.addUnder(form.rows(), row, action.startsWith("add:") ? "in" : "all");
			return ruleEditor(model, detail, form.withRows(rows), List.of(), Map.of());
		}
		if (!"save".equals(action)) {
			return ruleEditor(model, detail, form, List.of(), Map.of());
		}
		try {
			RuleSetDetail saved = this.administration.saveRule(me, id,
					(form.lockVersion() != null) ? form.lockVersion() : -1, form.index(), form.rule());
			FlashMessages.success(redirect, "classification.rule.saved", saved.summary().name());
			return "redirect:" + BASE + "/" + id;
		}
		catch (ConditionRows.RowException ex) {
			String message = this.messages.getMessage(ex.messageKey(), null, locale);
			return ruleEditor(model, detail, form,
					List.of(new ProblemView("condition", message, "rows-" + ex.row() + "-op")),
					Map.of(ex.row(), List.of(message)));
		}
		catch (InvalidRuleSetException ex) {
			int index = (form.index() != null) ? form.index() : detail.definition().rules().size();
			return ruleProblems(model, detail, form, ex, "rules[" + index + "]", locale);
		}
	}

	@PostMapping("/{id}/rules/{index}/move")
	String moveRule(CurrentUser me, @PathVariable UUID id, @PathVariable int index,
			@RequestParam(defaultValue = "RULE") RuleKind kind, @RequestParam(defaultValue = "1") int delta,
			@RequestParam long lockVersion, RedirectAttributes redirect) {
		this.administration.moveRule(me, id, lockVersion, kind, index, delta);
		return "redirect:" + BASE + "/" + id;
	}

	@PostMapping("/{id}/rules/{index}/remove")
	String removeRule(CurrentUser me, @PathVariable UUID id, @PathVariable int index,
			@RequestParam(defaultValue = "RULE") RuleKind kind, @RequestParam long lockVersion,
			RedirectAttributes redirect) {
		this.administration.removeRule(me, id, lockVersion, kind, index);
		FlashMessages.success(redirect, "classification.rule.removed");
		return "redirect:" + BASE + "/" + id;
	}

	// Rules as JSON (the advanced alternative; combination rules are edited this way)

	@GetMapping("/{id}/rules-json")
	String ruleJson(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "RULE") RuleKind kind,
			@RequestParam(required = false) Integer index, Model model) {
		RuleSetDetail detail = draft(me, id);
		String json = (index != null) ? this.administration.ruleJson(me, id, kind, index) : "";
		return ruleJsonEditor(model, detail, kind, index, json, List.of());
	}

	@PostMapping("/{id}/rules-json")
	String saveRuleJson(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "RULE") RuleKind kind,
			@RequestParam(required = false) Integer index, @RequestParam long lockVersion,
			@RequestParam(defaultValue = "") String json, Model model, Locale locale, RedirectAttributes redirect) {
		RuleSetDetail detail = draft(me, id);
		try {
			this.administration.saveRuleJson(me, id, lockVersion, kind, index, json);
			FlashMessages.success(redirect, "classification.rule.saved", detail.summary().name());
			return "redirect:" + BASE + "/" + id;
		}
		catch (InvalidRuleSetException ex) {
			return ruleJsonEditor(model, detail, kind, index, json, localise(ex.details(), locale, (p) -> "json"));
		}
	}

	// Parameters, JSON export and import, publishing

	@PostMapping("/{id}/parameters")
	String saveParameters(CurrentUser me, @PathVariable UUID id, @RequestParam long lockVersion,
			@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			RedirectAttributes redirect) {
		RuleSetDetail detail = draft(me, id);
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		List<ProblemView> problems = new ArrayList<>();
		for (String name : detail.definition().parameters().keySet()) {
			String value = params.getFirst("param." + name);
			try {
				values.put(name, new BigDecimal(String.valueOf(value).strip()));
			}
			catch (NumberFormatException ex) {
				problems.add(new ProblemView("parameters." + name,
						this.messages.getMessage("classification.editor.badNumber", null, locale), "param-" + name));
			}
		}
		if (problems.isEmpty()) {
			try {
				this.administration.saveParameters(me, id, lockVersion, values);
				FlashMessages.success(redirect, "classification.parameters.saved");
				return "redirect:" + BASE + "/" + id;
			}
			catch (InvalidRuleSetException ex) {
				problems.addAll(localise(ex.details(), locale, (p) -> null));
			}
		}
		model.addAttribute("ruleSet", detail);
		model.addAttribute("problems", problems);
		return "classification/rule-set";
	}

	@GetMapping("/{id}/export")
	ResponseEntity<byte[]> export(CurrentUser me, @PathVariable UUID id) {
		RuleSetDetail detail = this.administration.get(me, id);
		String name = detail.summary().ruleSetKey() + "-"
				+ ((detail.summary().version() != null) ? "v" + detail.summary().version() : "draft") + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.administration.exportJson(me, id).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/{id}/import")
	String importJson(CurrentUser me, @PathVariable UUID id, @RequestParam long lockVersion,
			@RequestParam(defaultValue = "") String json, Model model, Locale locale, RedirectAttributes redirect) {
		RuleSetDetail detail = draft(me, id);
		try {
			this.administration.importJson(me, id, lockVersion, json);
			FlashMessages.success(redirect, "classification.ruleSet.imported");
			return "redirect:" + BASE + "/" + id;
		}
		catch (InvalidRuleSetException ex) {
			model.addAttribute("ruleSet", detail);
			model.addAttribute("importJson", json);
			model.addAttribute("problems", localise(ex.details(), locale, (p) -> "import-json"));
			return "classification/rule-set";
		}
	}

	@PostMapping("/{id}/publish")
	String publish(CurrentUser me, @PathVariable UUID id, @RequestParam long lockVersion,
			@RequestParam(defaultValue = "") String reason, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			RuleSetSummary published = this.administration.publish(me, id, lockVersion, reason);
			try {
				this.reclassification.start(me);
				FlashMessages.success(redirect, "classification.ruleSet.published", published.version());
			}
			catch (InvalidRequestException ex) {
				FlashMessages.warning(redirect, "classification.ruleSet.publishedRerunBusy", published.version());
			}
			return "redirect:" + RuleSetImpactController.RERUN;
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("ruleSet", this.administration.get(me, id));
			model.addAttribute("problems", List.of(new ProblemView("reason",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), locale), "publish-reason")));
			return "classification/rule-set";
		}
	}

	// Test bench

	@GetMapping("/{id}/test-bench")
	String testBench(CurrentUser me, @PathVariable UUID id, Model model) {
		RuleSetDetail detail = this.administration.get(me, id);
		return bench(model, detail, 1, new LinkedMultiValue(), null, null);
	}

	@PostMapping("/{id}/test-bench")
	String runTestBench(CurrentUser me, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "action", defaultValue = "run") String action, Model model, Locale locale) {
		RuleSetDetail detail = this.administration.get(me, id);
		int count = Math.max(1, Math.min(MAX_SAMPLES, parseCount(params.getFirst("samples"))));
		LinkedMultiValue values = new LinkedMultiValue(params);
		if ("add".equals(action)) {
			return bench(model, detail, Math.min(MAX_SAMPLES, count + 1), values, null, null);
		}
		List<DatasetFacts> datasets = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		AttributeCatalog catalog = AttributeCatalog.datasetInventory();
		for (int d = 0; d < count; d++) {
			Map<String, Object> answers = new LinkedHashMap<>();
			for (Attribute attribute : catalog.attributes()) {
				String field = "d" + d + "." + attribute.key();
				List<String> given = values.all(field);
				if (given.isEmpty()) {
					continue;
				}
				if (attribute.type() == AttributeType.MULTI) {
					answers.put(attribute.key(), given);
				}
				else if (attribute.type() == AttributeType.NUMBER) {
					try {
						answers.put(attribute.key(), new BigDecimal(given.get(0).strip()));
					}
					catch (NumberFormatException ex) {
						problems.add(this.messages.getMessage("classification.facts.expectedNumber",
								new Object[] { attribute.key() }, locale));
					}
				}
				else {
					answers.put(attribute.key(), given.get(0));
				}
			}
			datasets.add(new DatasetFacts("sample-" + (d + 1), answers));
		}
		String country = params.getFirst("country");
		if (country != null && !country.isBlank()
				&& !org.datapact.shared.Countries.isKnown(country.strip().toUpperCase(Locale.ROOT))) {
			problems.add(this.messages.getMessage("classification.request.country", null, locale));
			country = null;
		}
		ProjectContext context = new ProjectContext(null, null, country,
				Set.copyOf(ConditionRows.names(params.getFirst("contexts"), false)));
		if (!problems.isEmpty()) {
			return bench(model, detail, count, values, null, problems);
		}
		try {
			BenchComparison comparison = this.administration.testBench(me, id, context, datasets);
			return bench(model, detail, count, values, comparison, null);
		}
		catch (InvalidFactsException ex) {
			return bench(model, detail, count, values, null,
					List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
		}
	}

	@ExceptionHandler(RuleSetNotEditableException.class)
	String notEditable(RedirectAttributes redirect) {
		FlashMessages.warning(redirect, "classification.ruleSet.notEditable");
		return "redirect:" + BASE;
	}

	private String bench(Model model, RuleSetDetail detail, int count, LinkedMultiValue values,
			BenchComparison comparison, List<String> problems) {
		model.addAttribute("ruleSet", detail);
		model.addAttribute("samples", count);
		model.addAttribute("sampleIndexes", java.util.stream.IntStream.range(0, count).boxed().toList());
		model.addAttribute("attributes", AttributeCatalog.datasetInventory().attributes());
		model.addAttribute("values", values);
		model.addAttribute("comparison", comparison);
		model.addAttribute("benchProblems", (problems != null) ? problems : List.of());
		if (comparison != null) {
			List<BenchRow> rows = new ArrayList<>();
			for (int i = 0; i < comparison.draft().datasets().size(); i++) {
				var draft = comparison.draft().datasets().get(i);
				var published = comparison.published().dataset(draft.datasetId()).orElse(null);
				rows.add(new BenchRow(draft.datasetId(), draft, published,
						published != null && published.level() != draft.level()));
			}
			model.addAttribute("benchRows", rows);
		}
		return "classification/test-bench";
	}

	private String ruleEditor(Model model, RuleSetDetail detail, RuleForm form, List<ProblemView> problems,
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

	private String ruleProblems(Model model, RuleSetDetail detail, RuleForm form, InvalidRuleSetException ex,
			String rulePath, Locale locale) {
		List<String> paths = ConditionRows.paths(form.rows(), rulePath + ".condition");
		Map<Integer, List<String>> rowProblems = new LinkedHashMap<>();
		List<ProblemView> problems = new ArrayList<>();
		for (RuleSetProblem problem : ex.details()) {
			String message = message(problem, locale);
			String path = problem.path();
			String fieldId = null;
			if (path.startsWith(rulePath + ".")) {
				String local = path.substring(rulePath.length() + 1);
				fieldId = switch (local.contains(".") ? local.substring(0, local.indexOf('.'))
						: local.replaceAll("\\[.*", "")) {
					case "key" -> "key";
					case "level" -> "level";
					case "reference" -> "reference";
					case "description" -> local.endsWith(".fr") ? "descriptionFr" : "descriptionEn";
					case "explanation" -> local.endsWith(".fr") ? "explanationFr" : "explanationEn";
					case "scope" -> local.contains("contexts") ? "contexts" : "countries";
					default -> null;
				};
				int row = rowOf(paths, path);
				if (row >= 0) {
					fieldId = "rows-" + row + "-op";
					rowProblems.computeIfAbsent(row, (r) -> new ArrayList<>()).add(message);
				}
			}
			problems.add(new ProblemView(path, message, fieldId));
		}
		return ruleEditor(model, detail, form, problems, rowProblems);
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

	private String ruleJsonEditor(Model model, RuleSetDetail detail, RuleKind kind, Integer index, String json,
			List<ProblemView> problems) {
		model.addAttribute("ruleSet", detail);
		model.addAttribute("kind", kind);
		model.addAttribute("index", index);
		model.addAttribute("json", json);
		model.addAttribute("problems", problems);
		return "classification/rule-json";
	}

	private List<ProblemView> localise(List<RuleSetProblem> problems, Locale locale,
			java.util.function.Function<RuleSetProblem, String> field) {
		return problems.stream().map((p) -> new ProblemView(p.path(), message(p, locale), field.apply(p))).toList();
	}

	private String message(RuleSetProblem problem, Locale locale) {
		return this.messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem.englishMessage(),
				locale);
	}

	private RuleSetDetail draft(CurrentUser me, UUID id) {
		RuleSetDetail detail = this.administration.get(me, id);
		if (!detail.summary().isDraft()) {
			throw new RuleSetNotEditableException();
		}
		return detail;
	}

	private static int parseRow(String action) {
		try {
			return Integer.parseInt(action.substring(action.indexOf(':') + 1));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static int parseCount(String count) {
		try {
			return (count != null) ? Integer.parseInt(count.strip()) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** One sample's result under the draft and under the rule set in force. */
	record BenchRow(String datasetId, org.datapact.classification.DatasetClassification draft,
			org.datapact.classification.DatasetClassification published, boolean changed) {

	}

	/** The bench form's values by field name, to fill the form in again. */
	static final class LinkedMultiValue {

		private final Map<String, List<String>> values = new LinkedHashMap<>();

		LinkedMultiValue() {
		}

		LinkedMultiValue(MultiValueMap<String, String> params) {
			params.forEach((name, list) -> this.values.put(name,
					list.stream().filter((v) -> v != null && !v.isBlank()).toList()));
		}

		List<String> all(String name) {
			return this.values.getOrDefault(name, List.of());
		}

		public String first(String name) {
			List<String> list = all(name);
			return list.isEmpty() ? "" : list.get(0);
		}

		public boolean has(String name, String value) {
			return all(name).contains(value);
		}

	}

}
