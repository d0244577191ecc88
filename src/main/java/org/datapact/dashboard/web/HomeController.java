package org.datapact.dashboard.web;

import org.datapact.classification.Classifier;
import org.datapact.focalpoint.FocalPoints;
import org.datapact.project.ProjectStatus;
import org.datapact.project.Projects;
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

	/** How many open projects the dashboard lists; the projects page has them all. */
	static final int PROJECTS_SHOWN = 10;

	private final FocalPoints focalPoints;

	private final Projects projects;

	private final Classifier classifier;

	HomeController(FocalPoints focalPoints, Projects projects, Classifier classifier) {
		this.focalPoints = focalPoints;
		this.projects = projects;
		this.classifier = classifier;
	}

	@GetMapping("/")
	String home(CurrentUser me, Model model) {
		if (me.isAdmin()) {
			model.addAttribute("focalPointFlags", this.focalPoints.flags(me));
		}
		if (me.worksAcrossOrganisations()) {
			model.addAttribute("classificationReviews", this.classifier.needingAttention(me));
		}
		model.addAttribute("projects",
				this.projects.visibleTo(me)
					.stream()
					.filter((p) -> p.status() != ProjectStatus.CLOSED)
					.limit(PROJECTS_SHOWN)
					.toList());
		return "home";
	}

}
