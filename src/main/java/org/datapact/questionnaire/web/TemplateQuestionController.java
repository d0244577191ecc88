package org.datapact.questionnaire.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.definition.DefinitionEditRefused;
import org.datapact.questionnaire.domain.DisplayCondition;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionType;
import org.datapact.questionnaire.domain.TemplateAdminService;
import org.datapact.questionnaire.domain.TemplateAdminService.TemplateVersionDetail;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.questionnaire.domain.TemplateEdit;
import org.datapact.questionnaire.domain.TemplateSummary;
import org.datapact.questionnaire.web.QuestionChoices.Choice;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Forms;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The question editor of a draft template: every field of a question, its answer options,
 * number bounds, and its condition built from up to four rows. The same form adds a
 * question to a section or to a repeating group.
 */
@Controller
@RequestMapping("/admin/templates/{id}")
class TemplateQuestionController {

	private static final String FORM = "questionnaire/admin/question-form";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String QUESTION = "QuestionnaireTemplateQuestion";

	private final TemplateAdminService templates;

	private final ConditionText conditions;

	private final MessageSource messages;

	TemplateQuestionController(TemplateAdminService templates, ConditionText conditions, MessageSource messages) {
		this.templates = templates;
		this.conditions = conditions;
		this.messages = messages;
	}

	/** Where the form's question is, or goes. */
	private record Place(String sectionKey, String groupKey, String questionKey) {

		static Place existing(String key) {
			return new Place(null, null, key);
		}

	}

	/**
	 * The forms are records bound through their constructors; indexed names (such as
	 * {@code row0.values[3]}) would then try to change their unmodifiable lists.
	 */
	@InitBinder("form")
	void noIndexedFields(WebDataBinder binder) {
		binder.setDisallowedFields("*[*", "*]*");
	}

	// ---- Editing a question

	@GetMapping("/questions/{key}")
	String editForm(CurrentUser me, @PathVariable UUID id, @PathVariable String key, Model model, Locale locale) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		Question question = question(detail, key);
		return form(model, detail, Place.existing(key),
				QuestionForm.of(detail.definition(), question, detail.summary().lockVersion()), null, locale);
	}

	@PostMapping("/questions/{key}")
	String update(CurrentUser me, @PathVariable UUID id, @PathVariable String key,
			@ModelAttribute("form") QuestionForm form, BindingResult result,
			@RequestParam(name = "refresh", required = false) String refresh, Model model, RedirectAttributes redirect,
			Locale locale) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		Question current = question(detail, key);
		Place place = Place.existing(key);
		if (refresh != null || result.hasErrors()) {
			return form(model, detail, place, form, result, locale);
		}
		Question question = form.toQuestion(detail.definition(), candidates(detail.definition(), place),
				current.condition(), result);
		if (question == null) {
			return form(model, detail, place, form, result, locale);
		}
		return save(me, id, form, result, model, redirect, locale, place,
				new TemplateEdit.UpdateQuestion(key, question), question.key(), "template.question.saved");
	}

	// ---- Adding a question to a section or a group

	@GetMapping("/sections/{sectionKey}/questions/new")
	String newInSection(CurrentUser me, @PathVariable UUID id, @PathVariable String sectionKey, Model model,
			Locale locale) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		section(detail, sectionKey);
		return form(model, detail, new Place(sectionKey, null, null),
				QuestionForm.blank(detail.summary().lockVersion()), null, locale);
	}

	@PostMapping("/sections/{sectionKey}/questions")
	String addToSection(CurrentUser me, @PathVariable UUID id, @PathVariable String sectionKey,
			@ModelAttribute("form") QuestionForm form, BindingResult result,
			@RequestParam(name = "refresh", required = false) String refresh, Model model, RedirectAttributes redirect,
			Locale locale) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		section(detail, sectionKey);
		Place place = new Place(sectionKey, null, null);
		return add(me, id, detail, place, form, result, refresh, model, redirect, locale);
	}

	@GetMapping("/questions/{key}/members/new")
	String newInGroup(CurrentUser me, @PathVariable UUID id, @PathVariable String key, Model model, Locale locale) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		group(detail, key);
		return form(model, detail, new Place(null, key, null), QuestionForm.blank(detail.summary().lockVersion()), null,
				locale);
	}

	@PostMapping("/questions/{key}/members")
	String addToGroup(CurrentUser me, @PathVariable UUID id, @PathVariable String key,
			@ModelAttribute("form") QuestionForm form, BindingResult result,
			@RequestParam(name = "refresh", required = false) String refresh, Model model, RedirectAttributes redirect,
			Locale locale) {
		TemplateVersionDetail detail = this.templates.viewDraft(me, id);
		group(detail, key);
		return add(me, id, detail, new Place(null, key, null), form, result, refresh, model, redirect, locale);
	}

	private String add(CurrentUser me, UUID id, TemplateVersionDetail detail, Place place, QuestionForm form,
			BindingResult result, String refresh, Model model, RedirectAttributes redirect, Locale locale) {
		if (refresh != null || result.hasErrors()) {
			return form(model, detail, place, form, result, locale);
		}
		Question question = form.toQuestion(detail.definition(), candidates(detail.definition(), place), null, result);
		if (question == null) {
			return form(model, detail, place, form, result, locale);
		}
		return save(me, id, form, result, model, redirect, locale, place,
				new TemplateEdit.AddQuestion(place.sectionKey(), place.groupKey(), question), question.key(),
				"template.question.added");
	}

	private String save(CurrentUser me, UUID id, QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale, Place place, TemplateEdit edit, String savedKey,
			String successKey) {
		try {
			this.templates.edit(me, id, form.lock(), edit);
			FlashMessages.success(redirect, successKey, savedKey);
			return "redirect:" + TemplateAdminController.BASE + id + "#question-" + savedKey;
		}
		catch (DefinitionEditRefused ex) {
			if (Set.of("key", "type").contains(ex.field())) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			else {
				result.reject(ex.messageKey(), ex.arguments(), null);
			}
			return form(model, this.templates.viewDraft(me, id), place, form, result, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			TemplateVersionDetail fresh = this.templates.viewDraft(me, id);
			if (place.questionKey() != null && fresh.definition().question(place.questionKey()).isEmpty()) {
				FlashMessages.warning(redirect, "template.conflict.removed");
				return "redirect:" + TemplateAdminController.BASE + id;
			}
			result.reject("template.conflict.form");
			return form(model, fresh, place, form.withLockVersion(fresh.summary().lockVersion()), result, locale);
		}
	}

	// ---- The page

	private String form(Model model, TemplateVersionDetail detail, Place place, QuestionForm form, BindingResult errors,
			Locale locale) {
		TemplateDefinition template = detail.definition();
		QuestionForm shown = form;
		Forms.show(model, "form", shown, errors);
		List<Question> candidates = candidates(template, place);
		List<Choice> questionChoices = new ArrayList<>();
		candidates.forEach((candidate) -> questionChoices
			.add(new Choice(candidate.key(), QuestionChoices.describe(candidate, locale))));
		List<List<Choice>> rowAnswers = new ArrayList<>();
		List<Boolean> rowKnown = new ArrayList<>();
		for (ConditionRow row : shown.rows()) {
			String chosen = QuestionForm.strip(row.question());
			Question target = candidates.stream().filter((c) -> c.key().equals(chosen)).findFirst().orElse(null);
			rowKnown.add(chosen.isEmpty() || target != null);
			rowAnswers.add(QuestionChoices.answers(target, this.messages, locale));
		}
		Map<String, List<Choice>> answersByKey = QuestionChoices.answersByKey(candidates, this.messages, locale);
		model.addAttribute("detail", detail);
		model.addAttribute("template", template);
		model.addAttribute("place", place);
		model.addAttribute("action", action(detail.summary(), place));
		model.addAttribute("existing", (place.questionKey() != null) ? question(detail, place.questionKey()) : null);
		model.addAttribute("sectionTitle", sectionTitle(template, place, locale));
		model.addAttribute("types", types(place, template));
		model.addAttribute("questionChoices", questionChoices);
		model.addAttribute("rowAnswers", rowAnswers);
		model.addAttribute("rowKnown", rowKnown);
		model.addAttribute("answersJson", JSON.writeValueAsString(answersByKey));
		model.addAttribute("operators", ConditionRow.OPERATORS);
		DisplayCondition current = (place.questionKey() != null)
				? template.question(place.questionKey()).map(Question::condition).orElse(null) : null;
		model.addAttribute("currentCondition", this.conditions.text(template, current, locale));
		return FORM;
	}

	private static String action(TemplateSummary summary, Place place) {
		String base = TemplateAdminController.BASE + summary.id();
		if (place.questionKey() != null) {
			return base + "/questions/" + place.questionKey();
		}
		if (place.groupKey() != null) {
			return base + "/questions/" + place.groupKey() + "/members";
		}
		return base + "/sections/" + place.sectionKey() + "/questions";
	}

	private static String sectionTitle(TemplateDefinition template, Place place, Locale locale) {
		if (place.groupKey() != null) {
			return template.question(place.groupKey()).map((group) -> group.label().in(locale)).orElse("");
		}
		if (place.sectionKey() != null) {
			return template.section(place.sectionKey()).map((section) -> section.title().in(locale)).orElse("");
		}
		return "";
	}

	/** A group member cannot itself be a group. */
	private static List<QuestionType> types(Place place, TemplateDefinition template) {
		boolean member = place.groupKey() != null
				|| place.questionKey() != null && template.groupOf(place.questionKey()).isPresent();
		return Arrays.stream(QuestionType.values()).filter((type) -> !member || !type.isGroup()).toList();
	}

	private static List<Question> candidates(TemplateDefinition template, Place place) {
		if (place.questionKey() != null) {
			return QuestionChoices.before(template, place.questionKey());
		}
		if (place.groupKey() != null) {
			return QuestionChoices.beforeEndOfGroup(template, place.groupKey());
		}
		return QuestionChoices.beforeEndOfSection(template, place.sectionKey());
	}

	private static Question question(TemplateVersionDetail detail, String key) {
		return detail.definition().question(key).orElseThrow(() -> new NotFoundException(QUESTION, key));
	}

	private static void section(TemplateVersionDetail detail, String sectionKey) {
		detail.definition()
			.section(sectionKey)
			.orElseThrow(() -> new NotFoundException("QuestionnaireTemplateSection", sectionKey));
	}

	private static void group(TemplateVersionDetail detail, String key) {
		if (!question(detail, key).isGroup() || detail.definition().groupOf(key).isPresent()) {
			throw new NotFoundException(QUESTION, key);
		}
	}

}
