package org.datapact.project.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.datapact.project.ProjectFilter;
import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectSummary;
import org.datapact.project.StageView;
import org.datapact.project.VisibleProject;
import org.datapact.project.domain.ProjectListing;
import org.datapact.project.domain.ProjectPipeline;
import org.datapact.project.domain.ProjectService;
import org.datapact.project.domain.ProjectView;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Forms;
import org.datapact.shared.web.Paged;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/projects")
class ProjectController {

	private static final String FORM = "project/form";

	private static final String SHOW = "project/show";

	private static final Set<String> UPDATE_FIELDS = Set.of("title", "purpose", "countryCode", "startDate", "endDate");

	private static final Set<String> CREATE_FIELDS = Set.of("organisationId", "title", "purpose", "countryCode",
			"startDate", "endDate");

	private final ProjectService projects;

	private final ProjectPipeline pipeline;

	private final ProjectListing listing;

	ProjectController(ProjectService projects, ProjectPipeline pipeline, ProjectListing listing) {
		this.projects = projects;
		this.pipeline = pipeline;
		this.listing = listing;
	}

	@GetMapping
	String list(CurrentUser me, @RequestParam(required = false) ProjectStatus status,
			@RequestParam(required = false) UUID organisationId,
			@Paged(sort = { "title", "startDate", "endDate", "updatedAt" }) PageQuery query, Model model,
			Locale locale) {
		ListPage<ProjectRow> rows = this.listing.page(me, ProjectFilter.of(status, organisationId), query)
			.map((listed) -> new ProjectRow(listed.visible().project(),
					Countries.name(listed.visible().project().countryCode(), locale), listed.stages()));
		model.addAttribute("rows", rows);
		model.addAttribute("status", status);
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("canManage", me.worksAcrossOrganisations());
		return "project/list";
	}

	@GetMapping("/new")
	String newForm(CurrentUser me, @RequestParam(required = false) UUID organisationId, Model model, Locale locale) {
		requireManager(me);
		return createPage(me, model, ProjectForm.empty(organisationId), null, locale);
	}

	@PostMapping
	String create(CurrentUser me, @Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		requireManager(me);
		if (result.hasErrors()) {
			return createPage(me, model, form, result, locale);
		}
		try {
			ProjectView created = this.projects.create(me, form.command());
			FlashMessages.success(redirect, "project.created", created.title());
			return "redirect:/projects/" + created.id();
		}
		catch (InvalidRequestException ex) {
			reject(result, ex, CREATE_FIELDS);
			return createPage(me, model, form, result, locale);
		}
	}

	@GetMapping("/{id}")
	String show(CurrentUser me, @PathVariable UUID id, Model model, Locale locale) {
		return showPage(me, this.projects.get(me, id), model, locale, MemberForm.empty(), null, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(CurrentUser me, @PathVariable UUID id, Model model, Locale locale, RedirectAttributes redirect) {
		ProjectView project = this.projects.get(me, id);
		requireManager(me);
		if (project.closed()) {
			FlashMessages.warning(redirect, "project.closed");
			return "redirect:/projects/" + id;
		}
		return editPage(model, project, ProjectUpdateForm.of(project), null, locale);
	}

	@PostMapping("/{id}")
	String update(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("projectForm") ProjectUpdateForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		ProjectView current = this.projects.get(me, id);
		requireManager(me);
		if (result.hasErrors()) {
			return editPage(model, current, form, result, locale);
		}
		try {
			ProjectView updated = this.projects.update(me, id, form.version(), form.command());
			FlashMessages.success(redirect, "project.updated", updated.title());
			return "redirect:/projects/" + id;
		}
		catch (InvalidRequestException ex) {
			reject(result, ex, UPDATE_FIELDS);
			return editPage(model, current, form, result, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("project.conflict");
			return editPage(model, current, form.withVersion(current.version()), result, locale);
		}
	}

	@PostMapping("/{id}/status")
	String changeStatus(CurrentUser me, @PathVariable UUID id, @Valid StatusForm form, BindingResult result,
			RedirectAttributes redirect) {
		this.projects.get(me, id);
		requireManager(me);
		if (result.hasErrors()) {
			FlashMessages.warning(redirect, "project.status.required");
			return "redirect:/projects/" + id;
		}
		try {
			ProjectView moved = this.projects.changeStatus(me, id, form.version(), form.status());
			FlashMessages.success(redirect, "project.statusChanged",
					new DefaultMessageSourceResolvable("project.status." + moved.status()));
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			FlashMessages.warning(redirect, "project.conflict.status");
		}
		return "redirect:/projects/" + id;
	}

	@PostMapping("/{id}/members")
	String addMember(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("memberForm") MemberForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		ProjectView project = this.projects.get(me, id);
		requireManager(me);
		if (result.hasErrors()) {
			return showPage(me, project, model, locale, form, result, null);
		}
		try {
			this.projects.addMember(me, id, form.userId(), form.role());
			FlashMessages.success(redirect, "project.memberAdded");
			return "redirect:/projects/" + id + "#members";
		}
		catch (InvalidRequestException ex) {
			reject(result, ex, Set.of("userId", "role"));
			return showPage(me, project, model, locale, form, result, null);
		}
	}

	@PostMapping("/{id}/members/{userId}")
	String changeRole(CurrentUser me, @PathVariable UUID id, @PathVariable UUID userId, @Valid RoleForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		ProjectView project = this.projects.get(me, id);
		requireManager(me);
		if (result.hasErrors()) {
			return showPage(me, project, model, locale, MemberForm.empty(), null,
					new RoleError(userId, "project.member.role.required"));
		}
		try {
			this.projects.changeMemberRole(me, id, userId, form.role());
			FlashMessages.success(redirect, "project.memberRoleChanged");
			return "redirect:/projects/" + id + "#members";
		}
		catch (InvalidRequestException ex) {
			return showPage(me, project, model, locale, MemberForm.empty(), null,
					new RoleError(userId, ex.messageKey()));
		}
	}

	@PostMapping("/{id}/members/{userId}/remove")
	String removeMember(CurrentUser me, @PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes redirect) {
		this.projects.get(me, id);
		requireManager(me);
		try {
			this.projects.removeMember(me, id, userId);
			FlashMessages.success(redirect, "project.memberRemoved");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/projects/" + id + "#members";
	}

	private String showPage(CurrentUser me, ProjectView project, Model model, Locale locale, MemberForm memberForm,
			BindingResult memberErrors, RoleError roleError) {
		ProjectSummary summary = project.summary();
		boolean canManage = me.worksAcrossOrganisations();
		model.addAttribute("project", project);
		model.addAttribute("countryName", Countries.name(project.countryCode(), locale));
		ProjectRole myRole = project.members()
			.stream()
			.filter((m) -> m.userId().equals(me.id()))
			.map(ProjectMember::role)
			.findFirst()
			.orElse(null);
		model.addAttribute("stages",
				this.pipeline.stages(new VisibleProject(summary, Optional.ofNullable(myRole)), me));
		model.addAttribute("myRole", myRole);
		model.addAttribute("canManage", canManage);
		model.addAttribute("statusMoves",
				project.allowedStatuses()
					.stream()
					.sorted()
					.map((to) -> new StatusMove(to, to.ordinal() > project.status().ordinal()))
					.toList());
		model.addAttribute("roles", ProjectRole.values());
		model.addAttribute("roleError", roleError);
		if (canManage && !project.closed()) {
			model.addAttribute("candidates", this.projects.candidates(me, project.id()));
			Forms.show(model, "memberForm", memberForm, memberErrors);
		}
		return SHOW;
	}

	private String createPage(CurrentUser me, Model model, ProjectForm form, BindingResult errors, Locale locale) {
		Forms.show(model, "projectForm", form, errors);
		model.addAttribute("existing", null);
		model.addAttribute("organisations", this.projects.partnerOrganisations(me));
		model.addAttribute("countries", Countries.all(locale));
		return FORM;
	}

	private String editPage(Model model, ProjectView project, ProjectUpdateForm form, BindingResult errors,
			Locale locale) {
		Forms.show(model, "projectForm", form, errors);
		model.addAttribute("existing", project);
		model.addAttribute("countries", Countries.all(locale));
		return FORM;
	}

	/** A refusal next to its field, or above the form when it is about no field of it. */
	private static void reject(BindingResult result, InvalidRequestException ex, Set<String> fields) {
		if (fields.contains(ex.field())) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

	private static void requireManager(CurrentUser me) {
		if (!me.worksAcrossOrganisations()) {
			throw new ForbiddenException("manage projects");
		}
	}

	/** A project in the list, with its country's name and its stages for the viewer. */
	record ProjectRow(ProjectSummary project, String countryName, List<StageView> stages) {
	}

	/** A status the project may move to, forward or back. */
	record StatusMove(ProjectStatus to, boolean forward) {
	}

	/** Why changing one member's role was refused. */
	record RoleError(UUID userId, String messageKey) {
	}

}
