package org.datapact.questionnaire.web;

import java.util.UUID;

import org.datapact.questionnaire.domain.Clarifications;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.web.FlashMessages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Clarifications on the questionnaire page: a scoper asks about an answer, partner staff
 * and scopers reply, a scoper marks it resolved; each step goes back to the page with a
 * message.
 */
@Controller
class ClarificationController {

	private final Clarifications clarifications;

	ClarificationController(Clarifications clarifications) {
		this.clarifications = clarifications;
	}

	@PostMapping("/projects/{projectId}/questionnaire/clarifications")
	String ask(CurrentUser me, @PathVariable UUID projectId, @RequestParam("question") String questionKey,
			@RequestParam(name = "entry", required = false) UUID entryId,
			@RequestParam(name = "text", required = false) String text, RedirectAttributes redirect) {
		try {
			this.clarifications.ask(projectId, me, questionKey, entryId, text);
			FlashMessages.success(redirect, "clarification.asked");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/projects/" + projectId + "/questionnaire#" + FieldIds.of(entryId, questionKey);
	}

	@PostMapping("/projects/{projectId}/questionnaire/clarifications/{clarificationId}/replies")
	String reply(CurrentUser me, @PathVariable UUID projectId, @PathVariable UUID clarificationId,
			@RequestParam(name = "text", required = false) String text, RedirectAttributes redirect) {
		try {
			this.clarifications.reply(projectId, me, clarificationId, text);
			FlashMessages.success(redirect, "clarification.replied");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/projects/" + projectId + "/questionnaire#clarification-" + clarificationId;
	}

	@PostMapping("/projects/{projectId}/questionnaire/clarifications/{clarificationId}/resolve")
	String resolve(CurrentUser me, @PathVariable UUID projectId, @PathVariable UUID clarificationId,
			RedirectAttributes redirect) {
		try {
			this.clarifications.resolve(projectId, me, clarificationId);
			FlashMessages.success(redirect, "clarification.resolved");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/projects/" + projectId + "/questionnaire";
	}

}
