package org.datapact.plan.web;

import java.util.UUID;

import org.datapact.plan.domain.PlanHistory;
import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.PlanView;
import org.datapact.plan.domain.SaveOutcome;
import org.datapact.plan.domain.SectionView;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
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
 * A plan section's history: its revisions, newest first, what changed between any two
 * (word by word), and restoring an old one as a new revision.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan/sections/{sectionKey}/history")
class PlanHistoryController {

	private final PlanService plans;

	private final PlanHistory history;

	PlanHistoryController(PlanService plans, PlanHistory history) {
		this.plans = plans;
		this.history = history;
	}

	@GetMapping
	String show(CurrentUser me, @PathVariable UUID projectId, @PathVariable String sectionKey,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@Paged(size = 20) PageQuery query, Model model) {
		PlanView plan = this.plans.view(projectId, me);
		SectionView section = plan.section(sectionKey)
			.orElseThrow(() -> new NotFoundException("PlanSection", sectionKey));
		model.addAttribute("plan", plan);
		model.addAttribute("section", section);
		model.addAttribute("page", this.history.revisions(projectId, sectionKey, me, query));
		if (from != null && to != null) {
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("diff", this.history.compare(projectId, sectionKey, from, to, me));
		}
		return "plan/history";
	}

	@PostMapping("/{version}/restore")
	String restore(CurrentUser me, @PathVariable UUID projectId, @PathVariable String sectionKey,
			@PathVariable int version, @RequestParam int basedOn, RedirectAttributes redirect) {
		SaveOutcome outcome = this.history.restore(projectId, sectionKey, version, basedOn, me);
		if (outcome instanceof SaveOutcome.Saved saved) {
			FlashMessages.success(redirect, "plan.history.restored", version, saved.version());
		}
		else {
			FlashMessages.warning(redirect, "plan.history.restoreConflict");
		}
		return "redirect:/projects/" + projectId + "/plan/sections/" + sectionKey + "/history";
	}

}
