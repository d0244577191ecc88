package org.datapact.security.web;

import org.datapact.shared.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		if (CurrentUser.fromSecurityContext().isPresent()) {
			return "redirect:/";
		}
		return "security/login";
	}

}
