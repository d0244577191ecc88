package org.datapact.focalpoint.web;

import org.datapact.focalpoint.domain.Confirmations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a focal point lands from the e-mail link, without an account. Opening the link
 * changes nothing; the confirmation is a POST from the page.
 */
@Controller
class ConfirmationController {

	private final Confirmations confirmations;

	ConfirmationController(Confirmations confirmations) {
		this.confirmations = confirmations;
	}

	@GetMapping("/focal-points/confirm")
	String open(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("point", this.confirmations.open(token).orElse(null));
		return "focalpoint/confirm";
	}

	@PostMapping("/focal-points/confirm")
	String confirm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("confirmed", this.confirmations.confirm(token));
		return "focalpoint/confirmed";
	}

}
