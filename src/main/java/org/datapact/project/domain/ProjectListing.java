package org.datapact.project.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datapact.project.ProjectFilter;
import org.datapact.project.StageView;
import org.datapact.project.VisibleProject;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project list as one person sees it: a page of projects with each one's pipeline,
 * read in one read-only transaction with one query per stage for the whole page.
 */
@Service
@Transactional(readOnly = true)
public class ProjectListing {

	private final ProjectService projects;

	private final ProjectPipeline pipeline;

	ProjectListing(ProjectService projects, ProjectPipeline pipeline) {
		this.projects = projects;
		this.pipeline = pipeline;
	}

	public ListPage<ListedProject> page(CurrentUser viewer, ProjectFilter filter, PageQuery query) {
		ListPage<VisibleProject> page = this.projects.list(viewer, filter, query);
		Map<UUID, List<StageView>> stages = this.pipeline.stages(page.items(), viewer);
		return page.map((project) -> new ListedProject(project, stages.get(project.project().id())));
	}

	/** A project in the list with its stages for the viewer. */
	public record ListedProject(VisibleProject visible, List<StageView> stages) {
	}

}
