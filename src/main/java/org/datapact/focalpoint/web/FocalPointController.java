package org.datapact.focalpoint.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.domain.Confirmations;
import org.datapact.focalpoint.domain.FocalPointService;
import org.datapact.focalpoint.domain.FocalPointView;
import org.datapact.focalpoint.domain.OrganisationFocalPoints;
import org.datapact.organisation.UserAccounts;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FocalPointController {

	private final FocalPointService focalPoints;

	private final Confirmations confirmations;

	private final UserAccounts accounts;

	private final Clock clock;

	FocalPointController(FocalPointService focalPoints, Confirmations confirmations, UserAccounts accounts,
			Clock clock) {
		this.focalPoints = focalPoints;
		this.confirmations = confirmations;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/organisations/{id}/focal-points")
	String overview(CurrentUser me, @PathVariable UUID id, @Paged PageQuery query, Model model) {
		model.addAttribute("overview", this.focalPoints.overview(me, id));
		model.addAttribute("counterparts", this.focalPoints.counterparts(me, id, query));
		return "focalpoint/overview";
	}

	@GetMapping("/organisations/{id}/focal-points/history")
	String history(CurrentUser me, @PathVariable UUID id, @Paged PageQuery query, Model model) {
		ListPage<FocalPointView> history = this.focalPoints.history(me, id, query);
		Set<UUID> people = new HashSet<>();
		history.items().stream().map(FocalPointView::createdBy).filter(Objects::nonNull).forEach(people::add);
		model.addAttribute("organisation", this.focalPoints.overview(me, id));
		model.addAttribute("history", history);
		model.addAttribute("designatedBy", this.accounts.labels(people));
		return "focalpoint/history";
	}

	@GetMapping("/organisations/{id}/focal-points/{role}/appoint")
	String appointForm(CurrentUser me, @PathVariable UUID id, @PathVariable String role, Model model) {
		FocalPointRole parsed = Roles.parse(role);
		OrganisationFocalPoints overview = this.focalPoints.overview(me, id);
		requireAdmin(me);
		return appointPage(model, overview, parsed, ContactDetailsForm.empty(), null);
	}

	@PostMapping("/organisations/{id}/focal-points/{role}/appoint")
	String appoint(CurrentUser me, @PathVariable UUID id, @PathVariable String role,
			@Valid @ModelAttribute("form") ContactDetailsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FocalPointRole parsed = Roles.parse(role);
		OrganisationFocalPoints overview = this.focalPoints.overview(me, id);
		requireAdmin(me);
		if (result.hasErrors()) {
			return appointPage(model, overview, parsed, form, result);
		}
		try {
			this.focalPoints.appoint(me, id, parsed, form.input());
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return appointPage(model, overview, parsed, form, result);
		}
		FlashMessages.success(redirect, "focalPoint.appointed");
		return "redirect:/organisations/" + id + "/focal-points";
	}

	@GetMapping("/organisations/{id}/focal-points/{role}/successor")
	String successorForm(CurrentUser me, @PathVariable UUID id, @PathVariable String role, Model model) {
		FocalPointRole parsed = Roles.parse(role);
		OrganisationFocalPoints overview = this.focalPoints.overview(me, id);
		requireAdmin(me);
		return successorPage(model, overview, parsed, SuccessorForm.empty(today()), null);
	}

	@PostMapping("/organisations/{id}/focal-points/{role}/successor")
	String designate(CurrentUser me, @PathVariable UUID id, @PathVariable String role,
			@Valid @ModelAttribute("form") SuccessorForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		FocalPointRole parsed = Roles.parse(role);
		OrganisationFocalPoints overview = this.focalPoints.overview(me, id);
		requireAdmin(me);
		if (result.hasErrors()) {
			return successorPage(model, overview, parsed, form, result);
		}
		try {
			this.focalPoints.designateSuccessor(me, id, parsed, form.input(), form.effectiveFrom(), form.handover());
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field().equals("role") ? "name" : ex.field(), ex.messageKey());
			return successorPage(model, overview, parsed, form, result);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("focalPoint.conflict");
			return successorPage(model, overview, parsed, form, result);
		}
		FlashMessages.success(redirect, "focalPoint.successorDesignated");
		return "redirect:/organisations/" + id + "/focal-points";
	}

	@PostMapping("/organisations/{id}/focal-points/{role}/successor/cancel")
	String cancelSuccessor(CurrentUser me, @PathVariable UUID id, @PathVariable String role,
			RedirectAttributes redirect) {
		try {
			this.focalPoints.cancelSuccessor(me, id, Roles.parse(role));
			FlashMessages.success(redirect, "focalPoint.successorCancelled");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/organisations/" + id + "/focal-points";
	}

	@GetMapping("/focal-points/{id}/edit")
	String editForm(CurrentUser me, @PathVariable UUID id, Model model) {
		FocalPointView point = this.focalPoints.get(me, id);
		requireAdmin(me);
		return editPage(me, model, point, ContactDetailsForm.of(point), null);
	}

	@PostMapping("/focal-points/{id}")
	String correct(CurrentUser me, @PathVariable UUID id, @Valid @ModelAttribute("form") ContactDetailsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		FocalPointView point = this.focalPoints.get(me, id);
		requireAdmin(me);
		if (result.hasErrors() || form.version() == null) {
			return editPage(me, model, point, form, result);
		}
		try {
			this.focalPoints.correct(me, id, form.version(), form.input());
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return editPage(me, model, point, form, result);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("focalPoint.conflict");
			ContactDetailsForm current = new ContactDetailsForm(form.name(), form.title(), form.mobile(), form.email(),
					form.alternativePhone(), form.workingLanguage(), form.userId(), point.version());
			return editPage(me, model, point, current, result);
		}
		FlashMessages.success(redirect, "focalPoint.corrected");
		return "redirect:/organisations/" + point.organisationId() + "/focal-points";
	}

	@PostMapping("/focal-points/{id}/erase")
	String erase(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		FocalPointView point = this.focalPoints.get(me, id);
		try {
			this.focalPoints.erase(me, id);
			FlashMessages.success(redirect, "focalPoint.erased");
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/organisations/" + point.organisationId() + "/focal-points/history";
	}

	@PostMapping("/focal-points/{id}/confirmation-request")
	String requestConfirmation(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		FocalPointView point = this.focalPoints.get(me, id);
		try {
			boolean sent = this.confirmations.request(me, id);
			if (sent) {
				FlashMessages.success(redirect, "focalPoint.confirmationSent");
			}
			else {
				FlashMessages.warning(redirect, "focalPoint.confirmationNotSent");
			}
		}
		catch (InvalidRequestException ex) {
			FlashMessages.warning(redirect, ex.messageKey());
		}
		return "redirect:/organisations/" + point.organisationId() + "/focal-points";
	}

	@PostMapping("/organisations/{id}/focal-points/handover-items/{itemId}/done")
	String completeHandoverItem(CurrentUser me, @PathVariable UUID id, @PathVariable UUID itemId,
			RedirectAttributes redirect) {
		this.focalPoints.completeHandoverItem(me, id, itemId);
		FlashMessages.success(redirect, "focalPoint.handover.itemDone");
		return "redirect:/organisations/" + id + "/focal-points";
	}

	private String appointPage(Model model, OrganisationFocalPoints overview, FocalPointRole role,
			ContactDetailsForm form, BindingResult errors) {
		Forms.show(model, "form", form, errors);
		model.addAttribute("overview", overview);
		model.addAttribute("role", role);
		model.addAttribute("members", this.accounts.membersOf(overview.organisationId()));
		return "focalpoint/appoint";
	}

	private String successorPage(Model model, OrganisationFocalPoints overview, FocalPointRole role, SuccessorForm form,
			BindingResult errors) {
		Forms.show(model, "form", form, errors);
		model.addAttribute("overview", overview);
		model.addAttribute("role", role);
		model.addAttribute("holders", overview.roles().get(role.ordinal()));
		model.addAttribute("members", this.accounts.membersOf(overview.organisationId()));
		return "focalpoint/successor";
	}

	private String editPage(CurrentUser me, Model model, FocalPointView point, ContactDetailsForm form,
			BindingResult errors) {
		Forms.show(model, "form", form, errors);
		model.addAttribute("point", point);
		model.addAttribute("overview", this.focalPoints.overview(me, point.organisationId()));
		model.addAttribute("members", this.accounts.membersOf(point.organisationId()));
		return "focalpoint/edit";
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private static void requireAdmin(CurrentUser me) {
		if (!me.isAdmin()) {
			throw new ForbiddenException("manage focal points");
		}
	}

}
