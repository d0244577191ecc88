package org.datapact.security.web;

import org.datapact.security.SignInLocks;
import org.datapact.shared.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, saying why the last attempt failed, and the page a person reaches
 * from the mailed link that lifts their account's sign-in lock.
 */
@Controller
class LoginController {

	private static final int MAX_SHOWN_WAIT = 1_000_000;

	private final SignInLocks locks;

	LoginController(SignInLocks locks) {
		this.locks = locks;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String wait, @RequestParam(required = false) String network,
			Model model) {
		if (CurrentUser.fromSecurityContext().isPresent()) {
			return "redirect:/";
		}
		// the numbers come from the query string: only a plain number is shown
		model.addAttribute("waitSeconds", number(wait));
		model.addAttribute("networkMinutes", number(network));
		return "security/login";
	}

	@GetMapping("/login/unlock")
	String unlockPage(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("username", this.locks.linkFor(token).orElse(null));
		return "security/unlock";
	}

	@PostMapping("/login/unlock")
	String unlock(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("lifted", this.locks.liftWithLink(token));
		return "security/unlocked";
	}

	private static Integer number(String value) {
		if (value == null || !value.matches("\\d{1,7}")) {
			return null;
		}
		int parsed = Integer.parseInt(value);
		return (parsed > 0 && parsed <= MAX_SHOWN_WAIT) ? parsed : null;
	}

}
