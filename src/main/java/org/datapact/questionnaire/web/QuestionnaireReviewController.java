package org.datapact.questionnaire.web;

import java.util.UUID;

import org.datapact.questionnaire.domain.QuestionnaireReview;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.web.FlashMessages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scopers review a submitted questionnaire from its page: accept it, or return it with a
 * note.
 */
@Controller
class QuestionnaireReviewController {

	private final QuestionnaireReview review;

	QuestionnaireReviewController(QuestionnaireReview review) {
		this.review = review;
	}

	@PostMapping("/projects/{projectId}/questionnaire/accept")
	String accept(CurrentUser me, @PathVariable UUID projectId, RedirectAttributes redirect) {
		this.review.accept(projectId, me);
		FlashMessages.success(redirect, "questionnaire.accepted");
		return "redirect:/projects/" + projectId + "/questionnaire";
	}

	@PostMapping("/projects/{projectId}/questionnaire/return")
	String returnForChanges(CurrentUser me, @PathVariable UUID projectId,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		try {
			this.review.returnForChanges(projectId, me, note);
			FlashMessages.success(redirect, "questionnaire.returned");
		}
		catch (InvalidRequestException ex) {
			// a missing note, or a state that allows no review (nothing submitted)
			FlashMessages.warning(redirect, "questionnaire.text.required".equals(ex.messageKey())
					? "questionnaire.return.noteRequired" : ex.messageKey());
		}
		return "redirect:/projects/" + projectId + "/questionnaire";
	}

}
