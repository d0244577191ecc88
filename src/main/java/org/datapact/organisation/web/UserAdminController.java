package org.datapact.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.datapact.organisation.domain.CreatedUser;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.organisation.domain.UserFilter;
import org.datapact.organisation.domain.UserService;
import org.datapact.organisation.domain.UserView;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Reads;
import org.datapact.shared.Role;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Forms;
import org.datapact.shared.web.Paged;

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
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserService users;

	private final OrganisationService organisations;

	private final Reads reads;

	UserAdminController(UserService users, OrganisationService organisations, Reads reads) {
		this.users = users;
		this.organisations = organisations;
		this.reads = reads;
	}

	@GetMapping
	String list(CurrentUser me, @RequestParam(required = false) UUID organisationId,
			@RequestParam(required = false) String q,
			@Paged(sort = { "displayName", "username", "createdAt" }) PageQuery query, Model model) {
		requireAdmin(me);
		this.reads.inOneTransaction(() -> {
			model.addAttribute("users", this.users.list(me, new UserFilter(organisationId, q), query));
			model.addAttribute("organisations", this.organisations.summaries());
		});
		model.addAttribute("organisationId", organisationId);
		model.addAttribute("q", q);
		return "organisation/users";
	}

	@GetMapping("/new")
	String newForm(CurrentUser me, @RequestParam(required = false) UUID organisationId, Model model) {
		requireAdmin(me);
		return form(me, model, UserForm.empty(organisationId), null, null);
	}

	@PostMapping
	String create(CurrentUser me, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireAdmin(me);
		if (result.hasErrors()) {
			return form(me, model, form, result, null);
		}
		try {
			CreatedUser created = this.users.create(me, form.command());
			redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
			FlashMessages.success(redirect, "user.created", created.user().username());
			return "redirect:/admin/users/" + created.user().id();
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(me, model, form, result, null);
		}
	}

	@GetMapping("/{id}")
	String editForm(CurrentUser me, @PathVariable UUID id, Model model) {
		UserView user = this.users.get(me, id);
		requireAdmin(me);
		return form(me, model, UserUpdateForm.of(user), null, user);
	}

	@PostMapping("/{id}")
	String update(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("form") UserUpdateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UserView current = this.users.get(me, id);
		requireAdmin(me);
		if (result.hasErrors()) {
			return form(me, model, form, result, current);
		}
		try {
			this.users.update(me, id, form.version(), form.command());
			FlashMessages.success(redirect, "user.updated", current.username());
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(me, model, form, result, current);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("user.conflict");
			return form(me, model, form.withVersion(current.version()), result, current);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		return setActive(me, id, false, redirect);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		return setActive(me, id, true, redirect);
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		CreatedUser reset = this.users.resetPassword(me, id);
		redirect.addFlashAttribute("temporaryPassword", reset.temporaryPassword());
		FlashMessages.success(redirect, "user.passwordReset", reset.user().username());
		return "redirect:/admin/users/" + id;
	}

	private String setActive(CurrentUser me, UUID id, boolean active, RedirectAttributes redirect) {
		try {
			UserView user = this.users.setActive(me, id, active);
			FlashMessages.success(redirect, active ? "user.reactivated" : "user.deactivated", user.username());
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	private String form(CurrentUser me, Model model, Object form, BindingResult errors, UserView existing) {
		Forms.show(model, "form", form, errors);
		model.addAttribute("existing", existing);
		model.addAttribute("organisations", this.organisations.summaries());
		model.addAttribute("allRoles", Role.values());
		return "organisation/user-form";
	}

	private static void requireAdmin(CurrentUser me) {
		if (!me.isAdmin()) {
			throw new ForbiddenException("administer users");
		}
	}

}
