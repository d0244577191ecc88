package org.datapact.questionnaire.web;

import java.util.UUID;

import org.datapact.definition.DefinitionEditRefused;
import org.datapact.questionnaire.domain.Section;
import org.datapact.questionnaire.domain.TemplateAdminService;
import org.datapact.questionnaire.domain.TemplateAdminService.TemplateVersionDetail;
import org.datapact.questionnaire.domain.TemplateEdit;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Forms;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a section to a draft template, and changing a section's key, title and
 * introduction.
 */
@Controller
@RequestMapping("/admin/templates/{id}")
class TemplateSectionController {

	private static final String FORM = "questionnaire/admin/section-form";

	private final TemplateAdminService templates;

	TemplateSectionController(TemplateAdminService templates) {
		this.templates = templates;
	}

	/**
	 * The forms are records bound through their constructors; indexed names (such as
	 * {@code row0.values[3]}) would then try to change their unmodifiable lists.
	 */
	@InitBinder("form")
	void noIndexedFields(WebDataBinder binder) {
		binder.setDisallowedFields("*[*", "*]*");
	}

	@GetMapping("/new-section")
	String newForm(CurrentUser me, @PathVariable UUID id, Model model) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		return form(model, detail, null, SectionForm.blank(detail.summary().lockVersion()), null);
	}

	@PostMapping("/sections")
	String add(CurrentUser me, @PathVariable UUID id, @ModelAttribute("form") SectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		if (!result.hasErrors()) {
			form.validate(result);
		}
		if (result.hasErrors()) {
			return form(model, detail, null, form, result);
		}
		return save(me, id, null, form, result, model, redirect,
				new TemplateEdit.AddSection(form.sectionKey(), form.title(), form.intro()), "template.section.added");
	}

	@GetMapping("/sections/{sectionKey}")
	String editForm(CurrentUser me, @PathVariable UUID id, @PathVariable String sectionKey, Model model) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		Section section = section(detail, sectionKey);
		return form(model, detail, sectionKey, SectionForm.of(section, detail.summary().lockVersion()), null);
	}

	@PostMapping("/sections/{sectionKey}")
	String update(CurrentUser me, @PathVariable UUID id, @PathVariable String sectionKey,
			@ModelAttribute("form") SectionForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		section(detail, sectionKey);
		if (!result.hasErrors()) {
			form.validate(result);
		}
		if (result.hasErrors()) {
			return form(model, detail, sectionKey, form, result);
		}
		return save(me, id, sectionKey, form, result, model, redirect,
				new TemplateEdit.UpdateSection(sectionKey, form.sectionKey(), form.title(), form.intro()),
				"template.section.saved");
	}

	private String save(CurrentUser me, UUID id, String sectionKey, SectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, TemplateEdit edit, String successKey) {
		try {
			this.templates.edit(me, id, form.lock(), edit);
			FlashMessages.success(redirect, successKey, form.sectionKey());
			return "redirect:" + TemplateAdminController.BASE + id + "#section-" + form.sectionKey();
		}
		catch (DefinitionEditRefused ex) {
			if ("key".equals(ex.field())) {
				result.rejectValue("key", ex.messageKey(), ex.arguments(), null);
			}
			else {
				result.reject(ex.messageKey(), ex.arguments(), null);
			}
			return form(model, this.templates.viewDraft(me, id), sectionKey, form, result);
		}
		catch (OptimisticLockingFailureException ex) {
			TemplateVersionDetail fresh = this.templates.viewDraft(me, id);
			if (sectionKey != null && fresh.definition().section(sectionKey).isEmpty()) {
				FlashMessages.warning(redirect, "template.conflict.removed");
				return "redirect:" + TemplateAdminController.BASE + id;
			}
			result.reject("template.conflict.form");
			return form(model, fresh, sectionKey, form.withLockVersion(fresh.summary().lockVersion()), result);
		}
	}

	private static String form(Model model, TemplateVersionDetail detail, String sectionKey, SectionForm form,
			BindingResult errors) {
		Forms.show(model, "form", form, errors);
		model.addAttribute("detail", detail);
		model.addAttribute("sectionKey", sectionKey);
		model.addAttribute("action", TemplateAdminController.BASE + detail.summary().id()
				+ ((sectionKey != null) ? "/sections/" + sectionKey : "/sections"));
		return FORM;
	}

	private static Section section(TemplateVersionDetail detail, String sectionKey) {
		return detail.definition()
			.section(sectionKey)
			.orElseThrow(() -> new NotFoundException("QuestionnaireTemplateSection", sectionKey));
	}

}
