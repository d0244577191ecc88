package org.datapact.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: what the signed-in person can do next, by role. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
