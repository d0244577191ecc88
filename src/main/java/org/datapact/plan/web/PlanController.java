package org.datapact.plan.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datapact.plan.domain.PlanComments;
import org.datapact.plan.domain.PlanService;
import org.datapact.plan.domain.PlanView;
import org.datapact.plan.domain.SaveOutcome;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.text.Markdown;
import org.datapact.shared.text.MergeResult;
import org.datapact.shared.text.SafeHtml;
import org.datapact.shared.text.ThreeWayMerge;
import org.datapact.shared.web.FlashMessages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page: every section with its guidance, generated part and text, and for its
 * editors a form per section. A save based on a stale version shows the merge view: the
 * editor's text, the current one and who saved it, merged against the common base where
 * the edits do not overlap.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan")
class PlanController {

	private final PlanService plans;

	private final PlanComments comments;

	PlanController(PlanService plans, PlanComments comments) {
		this.plans = plans;
		this.comments = comments;
	}

	@GetMapping
	ModelAndView show(CurrentUser me, @PathVariable UUID projectId) {
		Optional<PlanView> plan = this.plans.find(projectId, me);
		return page(projectId, plan, Map.of(), HttpStatus.OK, me);
	}

	@PostMapping("/sections/{sectionKey}")
	ModelAndView save(CurrentUser me, @PathVariable UUID projectId, @PathVariable String sectionKey,
			@ModelAttribute SectionForm form, RedirectAttributes redirect) {
		if (form.version() == null) {
			return refused(me, projectId, sectionKey, form, "plan.section.error.version");
		}
		SaveOutcome outcome;
		try {
			outcome = this.plans.save(projectId, sectionKey, form.command(), me);
		}
		catch (InvalidRequestException ex) {
			return refused(me, projectId, sectionKey, form, ex.messageKey());
		}
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("conflict", conflict);
			MergeResult merge = ThreeWayMerge.merge(conflict.base(), conflict.mine(), conflict.current());
			model.put("merge", merge);
			model.put("mergedText", merge.merged().orElse(merge.textTaking(MergeResult.Side.MINE)));
			return page(projectId, Optional.of(this.plans.view(projectId, me)), model, HttpStatus.CONFLICT, me);
		}
		FlashMessages.success(redirect, "plan.section.saved");
		return new ModelAndView("redirect:/projects/" + projectId + "/plan#section-" + sectionKey);
	}

	/** The page again with the editor's text kept and what is wrong with it. */
	private ModelAndView refused(CurrentUser me, UUID projectId, String sectionKey, SectionForm form,
			String messageKey) {
		PlanView plan = this.plans.view(projectId, me);
		if (plan.section(sectionKey).isEmpty()) {
			return page(projectId, Optional.of(plan), Map.of(), HttpStatus.NOT_FOUND, me);
		}
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("errorSection", sectionKey);
		model.put("errorKey", messageKey);
		model.put("errorText", (form.body() != null) ? form.body() : "");
		return page(projectId, Optional.of(plan), model, HttpStatus.BAD_REQUEST, me);
	}

	private ModelAndView page(UUID projectId, Optional<PlanView> plan, Map<String, Object> extra, HttpStatus status,
			CurrentUser me) {
		ModelAndView page = new ModelAndView("plan/page");
		page.addObject("projectId", projectId);
		page.addObject("plan", plan.orElse(null));
		Map<String, SafeHtml> rendered = new LinkedHashMap<>();
		plan.ifPresent((p) -> p.sections().forEach((s) -> rendered.put(s.key(), Markdown.render(s.body()))));
		page.addObject("rendered", rendered);
		page.addObject("threads", plan.isPresent() ? this.comments.threads(projectId, me) : Map.of());
		page.addObject("canComment", plan.isPresent() && this.comments.mayComment(projectId, me));
		page.addAllObjects(extra);
		page.setStatus(status);
		return page;
	}

}
