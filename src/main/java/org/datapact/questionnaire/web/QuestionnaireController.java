package org.datapact.questionnaire.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.datapact.questionnaire.domain.AnswerInput;
import org.datapact.questionnaire.domain.Evaluation;
import org.datapact.questionnaire.domain.Question;
import org.datapact.questionnaire.domain.QuestionnaireService;
import org.datapact.questionnaire.domain.QuestionnaireView;
import org.datapact.questionnaire.domain.SaveOutcome;
import org.datapact.questionnaire.domain.SubmitOutcome;
import org.datapact.questionnaire.domain.TemplateDefinition;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Paged;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questionnaire page: partner staff fill it in question by question (every change
 * autosaves) and submit it. Scopers review it in {@link QuestionnaireReviewController};
 * clarifications are asked and answered in {@link ClarificationController}.
 */
@Controller
class QuestionnaireController {

	private final QuestionnaireService questionnaires;

	private final AnswerText answerText;

	private final MessageSource messages;

	QuestionnaireController(QuestionnaireService questionnaires, AnswerText answerText, MessageSource messages) {
		this.questionnaires = questionnaires;
		this.answerText = answerText;
		this.messages = messages;
	}

	@GetMapping("/projects/{projectId}/questionnaire")
	String page(CurrentUser me, @PathVariable UUID projectId,
			@Paged(prefix = "revisions", size = QuestionnaireService.REVISIONS_SHOWN) PageQuery revisions, Model model,
			Locale locale) {
		return show(model, this.questionnaires.open(projectId, me, revisions), List.of(), locale);
	}

	private String show(Model model, QuestionnaireView view, List<MissingAnswer> missing, Locale locale) {
		model.addAttribute("view", view);
		model.addAttribute("text", this.answerText);
		model.addAttribute("missing", missing);
		return "questionnaire/page";
	}

	/**
	 * One autosave: answers with a status fragment, the new version and what is shown
	 * now.
	 */
	@PostMapping("/projects/{projectId}/questionnaire/answers")
	String save(CurrentUser me, @PathVariable UUID projectId, @RequestParam("question") String questionKey,
			@RequestParam(name = "entry", required = false) UUID entryId,
			@RequestParam(name = "version", defaultValue = "0") int version, HttpServletRequest request, Model model,
			HttpServletResponse response, Locale locale) {
		// The values are read as sent: bound to a List, one value would be split at its
		// commas
		String[] values = request.getParameterValues("value");
		SaveOutcome outcome = this.questionnaires.save(projectId, me,
				new AnswerInput(entryId, questionKey, (values != null) ? List.of(values) : null, version));
		model.addAttribute("fieldId", FieldIds.of(entryId, questionKey));
		model.addAttribute("outcome", outcome);
		if (outcome instanceof SaveOutcome.Saved saved) {
			model.addAttribute("version", saved.version());
			model.addAttribute("savedAt", LocalTime.now(ZoneId.systemDefault()).withNano(0));
			model.addAttribute("evaluation", saved.evaluation());
			response.setHeader("HX-Trigger", Visibility.trigger(saved.evaluation()));
			return "questionnaire/autosave :: saved";
		}
		if (outcome instanceof SaveOutcome.Conflict conflict) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("version", conflict.currentVersion());
			model.addAttribute("theirs", this.answerText.display(conflict.question(), conflict.currentValue(), locale));
			return "questionnaire/autosave :: conflict";
		}
		SaveOutcome.Rejected rejected = (SaveOutcome.Rejected) outcome;
		response.setStatus(422);
		model.addAttribute("problem",
				this.messages.getMessage(rejected.messageKey(), rejected.arguments().toArray(), locale));
		return "questionnaire/autosave :: rejected";
	}

	@PostMapping("/projects/{projectId}/questionnaire/entries")
	String addEntry(CurrentUser me, @PathVariable UUID projectId, @RequestParam("group") String groupKey,
			RedirectAttributes redirect) {
		try {
			UUID entryId = this.questionnaires.addEntry(projectId, me, groupKey);
			return "redirect:/projects/" + projectId + "/questionnaire#entry-" + entryId;
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
			return "redirect:/projects/" + projectId + "/questionnaire";
		}
	}

	@PostMapping("/projects/{projectId}/questionnaire/entries/{entryId}/delete")
	String removeEntry(CurrentUser me, @PathVariable UUID projectId, @PathVariable UUID entryId,
			RedirectAttributes redirect) {
		this.questionnaires.removeEntry(projectId, me, entryId);
		FlashMessages.success(redirect, "questionnaire.entry.removed");
		return "redirect:/projects/" + projectId + "/questionnaire";
	}

	@PostMapping("/projects/{projectId}/questionnaire/submit")
	String submit(CurrentUser me, @PathVariable UUID projectId, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		SubmitOutcome outcome = this.questionnaires.submit(projectId, me);
		if (outcome instanceof SubmitOutcome.Submitted submitted) {
			FlashMessages.success(redirect, "questionnaire.submitted", submitted.revision());
			return "redirect:/projects/" + projectId + "/questionnaire";
		}
		QuestionnaireView view = this.questionnaires.open(projectId, me);
		List<MissingAnswer> missing = new ArrayList<>();
		for (Evaluation.Missing gap : ((SubmitOutcome.Incomplete) outcome).missing()) {
			missing.add(MissingAnswer.of(view.template(), gap, locale));
		}
		response.setStatus(422);
		return show(model, view, missing, locale);
	}

	/**
	 * A required answer still missing, with the label to show and the field to link to.
	 */
	record MissingAnswer(String fieldId, String label, String section, int entryNumber) {

		static MissingAnswer of(TemplateDefinition template, Evaluation.Missing gap, Locale locale) {
			String label = template.question(gap.questionKey())
				.map(Question::label)
				.map((text) -> text.in(locale))
				.orElse(gap.questionKey());
			String section = template.section(gap.sectionKey())
				.map((found) -> found.title().in(locale))
				.orElse(gap.sectionKey());
			return new MissingAnswer(FieldIds.of(gap.entryId(), gap.questionKey()), label, section, gap.entryNumber());
		}

	}

}
