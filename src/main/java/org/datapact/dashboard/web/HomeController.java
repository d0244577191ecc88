package org.datapact.dashboard.web;

import org.datapact.classification.Classifier;
import org.datapact.focalpoint.FocalPoints;
import org.datapact.project.ProjectFilter;
import org.datapact.project.Projects;
import org.datapact.project.VisibleProject;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Reads;
import org.datapact.shared.web.Paged;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: what the signed-in person can do next, by role, and what needs
 * attention. Each list shows a page of ten, paged on its own.
 */
@Controller
class HomeController {

	private final FocalPoints focalPoints;

	private final Projects projects;

	private final Classifier classifier;

	private final Reads reads;

	HomeController(FocalPoints focalPoints, Projects projects, Classifier classifier, Reads reads) {
		this.focalPoints = focalPoints;
		this.projects = projects;
		this.classifier = classifier;
		this.reads = reads;
	}

	@GetMapping("/")
	String home(CurrentUser me, @Paged(prefix = "flags", size = 10) PageQuery flags,
			@Paged(prefix = "reviews", size = 10) PageQuery reviews,
			@Paged(prefix = "projects", size = 10) PageQuery projects, Model model) {
		this.reads.inOneTransaction(() -> fill(me, flags, reviews, projects, model));
		return "home";
	}

	private void fill(CurrentUser me, PageQuery flags, PageQuery reviews, PageQuery projects, Model model) {
		if (me.isAdmin()) {
			model.addAttribute("focalPointFlags", flags.slice(this.focalPoints.flags(me)));
		}
		if (me.worksAcrossOrganisations()) {
			model.addAttribute("classificationReviews", this.classifier.needingAttention(me, reviews));
		}
		model.addAttribute("projects",
				this.projects.visibleTo(me, ProjectFilter.open(), projects).map(VisibleProject::project));
	}

}
