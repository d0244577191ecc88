package org.datapact.classification.web;

import java.util.Locale;

import org.datapact.classification.ContextDeclaration;
import org.datapact.classification.domain.ClassificationService;
import org.datapact.classification.domain.ContextService;
import org.datapact.classification.domain.ContextService.ContextCommand;
import org.datapact.shared.Countries;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Forms;
import org.datapact.shared.web.Paged;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators declare changes of context for a country (admins only, by URL rule too).
 */
@Controller
@RequestMapping("/admin/contexts")
class ContextController {

	private final ContextService contexts;

	private final ClassificationService classifications;

	ContextController(ContextService contexts, ClassificationService classifications) {
		this.contexts = contexts;
		this.classifications = classifications;
	}

	@GetMapping
	String list(CurrentUser me, @Paged PageQuery query, Model model, Locale locale) {
		return page(me, model, locale, ContextForm.empty(this.classifications.today()), null, query);
	}

	@PostMapping
	String declare(CurrentUser me, @ModelAttribute("contextForm") ContextForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(me, model, locale, form, result, PageQuery.firstOf(PageQuery.DEFAULT_SIZE));
		}
		try {
			ContextDeclaration declared = this.contexts.declare(me, new ContextCommand(form.country(),
					form.contextKey(), form.description(), form.effectiveFrom(), form.effectiveTo()));
			if (declared.effectiveFrom().isAfter(this.classifications.today())) {
				FlashMessages.success(redirect, "contexts.scheduled", declared.effectiveFrom());
			}
			else {
				FlashMessages.success(redirect, "contexts.declared", declared.projectsMarked());
			}
			return "redirect:/admin/contexts";
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
			return page(me, model, locale, form, result, PageQuery.firstOf(PageQuery.DEFAULT_SIZE));
		}
	}

	private String page(CurrentUser me, Model model, Locale locale, ContextForm form, BindingResult errors,
			PageQuery query) {
		model.addAttribute("declarations", this.contexts.declarations(me, query));
		model.addAttribute("countries", Countries.all(locale));
		model.addAttribute("today", this.classifications.today());
		Forms.show(model, "contextForm", form, errors);
		return "classification/contexts";
	}

}
