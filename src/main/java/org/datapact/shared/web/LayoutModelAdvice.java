package org.datapact.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.datapact.shared.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in and where they are. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

	@ModelAttribute("me")
	CurrentUser me() {
		return signedIn();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return pathOf(request);
	}

	static CurrentUser signedIn() {
		return CurrentUser.fromSecurityContext().orElse(null);
	}

	static String pathOf(HttpServletRequest request) {
		return request.getRequestURI();
	}

}
