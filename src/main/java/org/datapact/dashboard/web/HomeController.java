package org.datapact.dashboard.web;

import org.datapact.focalpoint.FocalPoints;
import org.datapact.shared.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: what the signed-in person can do next, by role, and what needs
 * attention.
 */
@Controller
class HomeController {

	private final FocalPoints focalPoints;

	HomeController(FocalPoints focalPoints) {
		this.focalPoints = focalPoints;
	}

	@GetMapping("/")
	String home(CurrentUser me, Model model) {
		if (me.isAdmin()) {
			model.addAttribute("focalPointFlags", this.focalPoints.flags(me));
		}
		return "home";
	}

}
