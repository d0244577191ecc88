package org.datapact.classification.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.OverrideView;
import org.datapact.classification.RunSummary;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ClassificationHistory;
import org.datapact.classification.domain.ClassificationReviews;
import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.ReviewQueue;
import org.datapact.classification.domain.OverrideService;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.Countries;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Paged;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's classification: levels, explanations, the graph of combinations, review-by
 * date, overrides and history; scopers run it on demand and change levels.
 */
@Controller
@RequestMapping("/projects/{id}/classification")
class ClassificationController {

	private static final String PAGE = "classification/show";

	/** Runs the page lists at once in each dataset's history, newest first. */
	static final int HISTORY_SHOWN = 10;

	private final ClassificationService classifications;

	private final ReviewQueue reviews;

	private final OverrideService overrides;

	private final Projects projects;

	private final ClassificationHistory history;

	private final ClassificationReviews scoperReviews;

	ClassificationController(ClassificationService classifications, ReviewQueue reviews, OverrideService overrides,
			Projects projects, ClassificationHistory history, ClassificationReviews scoperReviews) {
		this.scoperReviews = scoperReviews;
		this.classifications = classifications;
		this.reviews = reviews;
		this.overrides = overrides;
		this.projects = projects;
		this.history = history;
	}

	/** A problem with one dataset's override form, shown next to the field. */
	record OverrideError(String datasetId, String field, String messageKey, Object[] arguments, String level,
			String justification) {
	}

	/** A problem with deciding on a pending lowering, shown beside it. */
	record DecisionError(UUID overrideId, String messageKey) {
	}

	@GetMapping
	String show(CurrentUser me, @PathVariable UUID id,
			@Paged(prefix = "history", size = HISTORY_SHOWN) PageQuery history, Model model, Locale locale) {
		return page(me, id, model, locale, null, null, history);
	}

	@PostMapping("/runs")
	String run(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		this.projects.find(id, me);
		try {
			this.classifications.runOnDemand(me, id);
			FlashMessages.success(redirect, "classification.run.done");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/projects/" + id + "/classification";
	}

	@PostMapping("/reviews")
	String reviewed(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		this.projects.find(id, me);
		try {
			StoredClassification kept = this.scoperReviews.reviewedWithoutChange(me, id, note);
			FlashMessages.success(redirect, "classification.review.recorded", kept.reviewBy());
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/projects/" + id + "/classification";
	}

	@PostMapping("/reassessment/clearance")
	String clearReassessment(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		this.projects.find(id, me);
		try {
			int cleared = this.scoperReviews.clearReassessment(me, id, note);
			if (cleared > 0) {
				FlashMessages.success(redirect, "classification.reassessment.cleared");
			}
			else {
				FlashMessages.warning(redirect, "classification.reassessment.nothingOpen");
			}
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey(), ex.arguments());
		}
		return "redirect:/projects/" + id + "/classification";
	}

	@PostMapping("/overrides")
	String change(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String datasetId,
			@RequestParam(required = false) String level, @RequestParam(required = false) String justification,
			Model model, Locale locale, RedirectAttributes redirect) {
		this.projects.find(id, me);
		Level parsed = parse(level);
		try {
			if (parsed == null) {
				throw new InvalidRequestException("level", "classification.override.level.required");
			}
			OverrideService.Outcome outcome = this.overrides.change(me, id, datasetId, parsed, justification);
			FlashMessages.success(redirect, (outcome == OverrideService.Outcome.APPLIED)
					? "classification.override.applied" : "classification.override.requested");
			return "redirect:/projects/" + id + "/classification#dataset-" + datasetId;
		}
		catch (InvalidRequestException ex) {
			if (!"level".equals(ex.field()) && !"justification".equals(ex.field())) {
				FlashMessages.warning(redirect, ex.messageKey());
				return "redirect:/projects/" + id + "/classification";
			}
			return page(me, id, model, locale,
					new OverrideError(datasetId, ex.field(), ex.messageKey(), ex.arguments(), level, justification),
					null, PageQuery.firstOf(HISTORY_SHOWN));
		}
	}

	@PostMapping("/approvals")
	String approve(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) UUID overrideId, Model model,
			Locale locale, RedirectAttributes redirect) {
		return decide(me, id, overrideId, true, model, locale, redirect);
	}

	@PostMapping("/rejections")
	String reject(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) UUID overrideId, Model model,
			Locale locale, RedirectAttributes redirect) {
		return decide(me, id, overrideId, false, model, locale, redirect);
	}

	private String decide(CurrentUser me, UUID id, UUID overrideId, boolean approve, Model model, Locale locale,
			RedirectAttributes redirect) {
		this.projects.find(id, me);
		try {
			if (approve) {
				this.overrides.approve(me, id, overrideId);
			}
			else {
				this.overrides.reject(me, id, overrideId);
			}
			FlashMessages.success(redirect,
					approve ? "classification.override.approved" : "classification.override.rejected");
			return "redirect:/projects/" + id + "/classification";
		}
		catch (InvalidRequestException ex) {
			if (overrideId == null || "classification.override.notPending".equals(ex.messageKey())) {
				FlashMessages.warning(redirect, ex.messageKey());
				return "redirect:/projects/" + id + "/classification";
			}
			return page(me, id, model, locale, null, new DecisionError(overrideId, ex.messageKey()),
					PageQuery.firstOf(HISTORY_SHOWN));
		}
	}

	private String page(CurrentUser me, UUID id, Model model, Locale locale, OverrideError overrideError,
			DecisionError decisionError, PageQuery historyPage) {
		ProjectSummary project = this.projects.find(id, me);
		StoredClassification current = this.classifications.current(id, me).orElse(null);
		model.addAttribute("project", project);
		model.addAttribute("countryName", Countries.name(project.countryCode(), locale));
		model.addAttribute("current", current);
		model.addAttribute("canChange", me.has(Role.SCOPER) || me.isAdmin());
		model.addAttribute("reassessment", this.reviews.markedForReassessment(id));
		model.addAttribute("today", this.classifications.today());
		model.addAttribute("noteMax", ClassificationReviews.NOTE_MAX);
		model.addAttribute("levels", Level.values());
		model.addAttribute("overrideError", overrideError);
		model.addAttribute("decisionError", decisionError);
		if (current != null) {
			List<OverrideView> all = this.overrides.overrides(me, id);
			ListPage<RunSummary> runs = this.history.runs(id, me, historyPage);
			model.addAttribute("runs", runs);
			model.addAttribute("page", ClassificationPage.of(current, runs.items(),
					this.history.datasetLevels(runs.items().stream().map(RunSummary::runId).toList()), all, locale));
			model.addAttribute("graph", ClassificationGraph.of(current));
		}
		return PAGE;
	}

	private static Level parse(String level) {
		if (level == null) {
			return null;
		}
		try {
			return Level.valueOf(level);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
