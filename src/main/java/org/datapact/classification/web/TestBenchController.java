package org.datapact.classification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.datapact.classification.DatasetClassification;
import org.datapact.classification.DatasetFacts;
import org.datapact.classification.InvalidFactsException;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.domain.BenchComparison;
import org.datapact.classification.domain.RuleSetAdministration;
import org.datapact.classification.domain.RuleSetDetail;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.definition.Problem;
import org.datapact.definition.ProblemLine;
import org.datapact.shared.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The test bench: sample datasets classified by any rule set version (usually a draft)
 * and by the rules in force, side by side. Saves nothing.
 */
@Controller
@RequestMapping(RuleSetAdminController.BASE + "/{id}/test-bench")
class TestBenchController {

	private final RuleSetAdministration administration;

	private final MessageSource messages;

	TestBenchController(RuleSetAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping
	String testBench(CurrentUser me, @PathVariable UUID id, Model model) {
		return bench(model, this.administration.get(me, id), BenchForm.empty(), null, List.of());
	}

	@PostMapping
	String run(CurrentUser me, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "action", defaultValue = "run") String action, Model model, Locale locale) {
		RuleSetDetail detail = this.administration.get(me, id);
		BenchForm form = BenchForm.read(params);
		if ("add".equals(action)) {
			return bench(model, detail, form.withAnotherSample(), null, List.of());
		}
		List<Problem> problems = new ArrayList<>();
		List<DatasetFacts> datasets = form.datasets(problems);
		ProjectContext context = form.context(problems);
		if (!problems.isEmpty()) {
			return bench(model, detail, form, null,
					problems.stream().map((problem) -> ProblemLine.message(problem, this.messages, locale)).toList());
		}
		try {
			return bench(model, detail, form, this.administration.testBench(me, id, context, datasets), List.of());
		}
		catch (InvalidFactsException ex) {
			return bench(model, detail, form, null,
					List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), locale)));
		}
	}

	private static String bench(Model model, RuleSetDetail detail, BenchForm form, BenchComparison comparison,
			List<String> problems) {
		model.addAttribute("ruleSet", detail);
		model.addAttribute("samples", form.samples());
		model.addAttribute("sampleIndexes", IntStream.range(0, form.samples()).boxed().toList());
		model.addAttribute("attributes", AttributeCatalog.datasetInventory().attributes());
		model.addAttribute("values", form.values());
		model.addAttribute("comparison", comparison);
		model.addAttribute("benchProblems", problems);
		if (comparison != null) {
			List<BenchRow> rows = new ArrayList<>();
			for (DatasetClassification draft : comparison.draft().datasets()) {
				DatasetClassification published = comparison.published().dataset(draft.datasetId()).orElse(null);
				rows.add(new BenchRow(draft.datasetId(), draft, published,
						published != null && published.level() != draft.level()));
			}
			model.addAttribute("benchRows", rows);
		}
		return "classification/test-bench";
	}

	/** One sample's result under the version tried and under the rule set in force. */
	record BenchRow(String datasetId, DatasetClassification draft, DatasetClassification published, boolean changed) {

	}

}
