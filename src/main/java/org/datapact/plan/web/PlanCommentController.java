package org.datapact.plan.web;

import java.util.UUID;

import org.datapact.plan.domain.PlanComments;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.web.FlashMessages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comment threads on the plan page: a new thread on a section, replies, resolve and
 * reopen; each goes back to the section, with what went wrong if anything did.
 */
@Controller
@RequestMapping("/projects/{projectId}/plan")
class PlanCommentController {

	private final PlanComments comments;

	PlanCommentController(PlanComments comments) {
		this.comments = comments;
	}

	@PostMapping("/sections/{sectionKey}/comments")
	String comment(CurrentUser me, @PathVariable UUID projectId, @PathVariable String sectionKey,
			@ModelAttribute CommentForm form, RedirectAttributes redirect) {
		return act(projectId, sectionKey, redirect,
				() -> this.comments.comment(projectId, sectionKey, form.body(), me));
	}

	@PostMapping("/comments/{threadId}/replies")
	String reply(CurrentUser me, @PathVariable UUID projectId, @PathVariable UUID threadId,
			@RequestParam(required = false) String section, @ModelAttribute CommentForm form,
			RedirectAttributes redirect) {
		return act(projectId, section, redirect, () -> this.comments.reply(projectId, threadId, form.body(), me));
	}

	@PostMapping("/comments/{threadId}/resolve")
	String resolve(CurrentUser me, @PathVariable UUID projectId, @PathVariable UUID threadId,
			@RequestParam(required = false) String section, RedirectAttributes redirect) {
		return act(projectId, section, redirect, () -> this.comments.resolve(projectId, threadId, me));
	}

	@PostMapping("/comments/{threadId}/reopen")
	String reopen(CurrentUser me, @PathVariable UUID projectId, @PathVariable UUID threadId,
			@RequestParam(required = false) String section, RedirectAttributes redirect) {
		return act(projectId, section, redirect, () -> this.comments.reopen(projectId, threadId, me));
	}

	private static String act(UUID projectId, String section, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			FlashMessages.success(redirect, "plan.comment.posted");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey(), ex.arguments());
		}
		String anchor = (section != null && section.matches("[a-z][a-z0-9_]{0,62}")) ? "#section-" + section : "";
		return "redirect:/projects/" + projectId + "/plan" + anchor;
	}

}
