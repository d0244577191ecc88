package org.datapact.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.domain.OrganisationService;
import org.datapact.organisation.domain.OrganisationView;
import org.datapact.organisation.domain.UserFilter;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Reads;
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
@RequestMapping("/organisations")
class OrganisationController {

	private static final String FORM = "organisation/form";

	private final OrganisationService organisations;

	private final UserService users;

	private final Reads reads;

	OrganisationController(OrganisationService organisations, UserService users, Reads reads) {
		this.organisations = organisations;
		this.users = users;
		this.reads = reads;
	}

	@GetMapping
	String list(CurrentUser me, @RequestParam(required = false) String q, @Paged(sort = "name") PageQuery query,
			Model model) {
		model.addAttribute("organisations", this.organisations.list(me, q, query));
		model.addAttribute("q", q);
		return "organisation/list";
	}

	@GetMapping("/{id}")
	String show(CurrentUser me, @PathVariable UUID id, @Paged(sort = { "displayName", "username" }) PageQuery query,
			Model model) {
		this.reads.inOneTransaction(() -> {
			model.addAttribute("organisation", this.organisations.get(me, id));
			model.addAttribute("users", this.users.list(me, new UserFilter(id, null), query));
		});
		return "organisation/show";
	}

	@GetMapping("/new")
	String newForm(CurrentUser me, Model model) {
		requireAdmin(me);
		return form(model, OrganisationForm.empty(), null, null);
	}

	@PostMapping
	String create(CurrentUser me, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireAdmin(me);
		if (result.hasErrors()) {
			return form(model, form, result, null);
		}
		try {
			OrganisationView created = this.organisations.create(me, form.command());
			FlashMessages.success(redirect, "organisation.created", created.name());
			return "redirect:/organisations/" + created.id();
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(model, form, result, null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(CurrentUser me, @PathVariable UUID id, Model model) {
		OrganisationView organisation = this.organisations.get(me, id);
		requireAdmin(me);
		return form(model, OrganisationForm.of(organisation), null, organisation);
	}

	@PostMapping("/{id}")
	String update(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		OrganisationView current = this.organisations.get(me, id);
		requireAdmin(me);
		if (result.hasErrors() || form.version() == null) {
			return form(model, form, result, current);
		}
		try {
			OrganisationView updated = this.organisations.update(me, id, form.version(), form.command());
			FlashMessages.success(redirect, "organisation.updated", updated.name());
			return "redirect:/organisations/" + id;
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return form(model, form, result, current);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("organisation.conflict");
			return form(model, new OrganisationForm(form.name(), form.kind(), form.countryCode(), current.version()),
					result, current);
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

	private String setActive(CurrentUser me, UUID id, boolean active, RedirectAttributes redirect) {
		try {
			OrganisationView organisation = this.organisations.setActive(me, id, active);
			FlashMessages.success(redirect, active ? "organisation.reactivated" : "organisation.deactivated",
					organisation.name());
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/organisations/" + id;
	}

	private String form(Model model, OrganisationForm form, BindingResult errors, OrganisationView existing) {
		Forms.show(model, "form", form, errors);
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", OrganisationKind.values());
		return FORM;
	}

	private static void requireAdmin(CurrentUser me) {
		if (!me.isAdmin()) {
			throw new ForbiddenException("administer organisations");
		}
	}

}
