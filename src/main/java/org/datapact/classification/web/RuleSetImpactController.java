package org.datapact.classification.web;

import java.util.UUID;

import org.datapact.classification.domain.Reclassification;
import org.datapact.classification.domain.RuleSetAdministration;
import org.datapact.classification.domain.RuleSetImpact;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.web.FlashMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The impact preview of a rule set version on the live projects, and the
 * re-classification of every project after a publication with its progress (polled by
 * htmx).
 */
@Controller
class RuleSetImpactController {

	static final String RERUN = "/admin/classification/reclassification";

	private final RuleSetAdministration administration;

	private final RuleSetImpact impact;

	private final Reclassification reclassification;

	RuleSetImpactController(RuleSetAdministration administration, RuleSetImpact impact,
			Reclassification reclassification) {
		this.administration = administration;
		this.impact = impact;
		this.reclassification = reclassification;
	}

	@GetMapping(RuleSetAdminController.BASE + "/{id}/impact")
	String impact(CurrentUser me, @PathVariable UUID id, Model model) {
		model.addAttribute("ruleSet", this.administration.get(me, id));
		model.addAttribute("impact", this.impact.preview(me, id));
		return "classification/impact";
	}

	@GetMapping(RERUN)
	String progressPage(CurrentUser me, Model model) {
		model.addAttribute("run", this.reclassification.latest(me).orElse(null));
		return "classification/reclassification";
	}

	@GetMapping(RERUN + "/progress")
	String progress(CurrentUser me, Model model) {
		model.addAttribute("run", this.reclassification.latest(me).orElse(null));
		return "classification/reclassification :: progress";
	}

	@PostMapping(RERUN)
	String start(CurrentUser me, RedirectAttributes redirect) {
		try {
			this.reclassification.start(me);
			FlashMessages.success(redirect, "classification.rerun.started");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:" + RERUN;
	}

}
