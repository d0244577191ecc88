package org.datapact.security.web;

import org.datapact.security.SignInLocks;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Paged;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see the sign-in locks in force and lift them. */
@Controller
@RequestMapping("/admin/sign-in-locks")
class SignInLockController {

	private final SignInLocks locks;

	SignInLockController(SignInLocks locks) {
		this.locks = locks;
	}

	@GetMapping
	String list(CurrentUser me, @Paged(size = 50) PageQuery query, Model model) {
		model.addAttribute("page", this.locks.inForce(me, query));
		return "security/locks";
	}

	@PostMapping("/{lockId}/lift")
	String lift(CurrentUser me, @PathVariable long lockId, RedirectAttributes redirect) {
		this.locks.lift(me, lockId);
		FlashMessages.success(redirect, "signInLock.lifted");
		return "redirect:/admin/sign-in-locks";
	}

}
