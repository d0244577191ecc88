package org.datapact.security.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.datapact.security.SessionPrincipals;
import org.datapact.security.domain.ApiTokenService;
import org.datapact.security.domain.LoginHistory;
import org.datapact.security.domain.NewApiToken;
import org.datapact.security.PasswordChanges;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.TooManyRequestsException;
import org.datapact.shared.web.FlashMessages;
import org.datapact.shared.web.Forms;
import org.datapact.shared.web.Paged;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/profile")
class ProfileController {

	private final LoginHistory history;

	private final ApiTokenService tokens;

	private final PasswordChanges passwords;

	private final SessionPrincipals principals;

	private final Clock clock;

	ProfileController(LoginHistory history, ApiTokenService tokens, PasswordChanges passwords,
			SessionPrincipals principals, Clock clock) {
		this.history = history;
		this.tokens = tokens;
		this.passwords = passwords;
		this.principals = principals;
		this.clock = clock;
	}

	@GetMapping
	String profile(CurrentUser me, @Paged(prefix = "tokens") PageQuery tokens,
			@Paged(prefix = "logins") PageQuery logins, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", TokenForm.empty());
		}
		model.addAttribute("logins", this.history.page(me.id(), logins));
		model.addAttribute("tokens", this.tokens.list(me, tokens));
		return "security/profile";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return "security/password";
	}

	/**
	 * Changes the password; this session carries on with a new id (see
	 * {@link SessionPrincipals}) while every other session of the account ends.
	 */
	@PostMapping("/password")
	String changePassword(CurrentUser me, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return passwordFormAgain(form, result, model);
		}
		boolean replacingTemporaryPassword = this.principals.passwordChangeRequired();
		try {
			this.passwords.change(me, form.currentPassword(), form.newPassword(), form.confirmPassword());
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			return passwordFormAgain(form, result, model);
		}
		catch (TooManyRequestsException ex) {
			long seconds = ex.retryAfterSeconds(this.clock);
			response.setStatus(429);
			response.setHeader("Retry-After", Long.toString(seconds));
			result.rejectValue("currentPassword", ex.messageKey(), new Object[] { seconds }, null);
			return passwordFormAgain(form, result, model);
		}
		FlashMessages.success(redirect, "password.changed");
		// after replacing a temporary password at first sign-in, carry on to the home
		// page
		return replacingTemporaryPassword ? "redirect:/" : "redirect:/profile";
	}

	/**
	 * Shows the form again with its errors but without the passwords. Replacing the model
	 * attribute alone would drop its binding result, and with it every error message; the
	 * errors are copied without their rejected values instead.
	 */
	private static String passwordFormAgain(PasswordForm form, BindingResult result, Model model) {
		PasswordForm blanked = form.blanked();
		BindingResult errors = new BeanPropertyBindingResult(blanked, result.getObjectName());
		result.getGlobalErrors().forEach(errors::addError);
		result.getFieldErrors()
			.forEach((error) -> errors.addError(new FieldError(error.getObjectName(), error.getField(), "", false,
					error.getCodes(), error.getArguments(), error.getDefaultMessage())));
		model.addAttribute(result.getObjectName(), blanked);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), errors);
		return "security/password";
	}

	@PostMapping("/tokens")
	String createToken(CurrentUser me, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Forms.show(model, "tokenForm", form, result);
			return profile(me, PageQuery.firstOf(PageQuery.DEFAULT_SIZE), PageQuery.firstOf(PageQuery.DEFAULT_SIZE),
					model);
		}
		try {
			NewApiToken token = this.tokens.create(me, form.name(), form.validDays(), form.scope());
			redirect.addFlashAttribute("newTokenSecret", token.secret());
			FlashMessages.success(redirect, "token.created", token.token().name());
		}
		catch (InvalidRequestException ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			Forms.show(model, "tokenForm", form, result);
			return profile(me, PageQuery.firstOf(PageQuery.DEFAULT_SIZE), PageQuery.firstOf(PageQuery.DEFAULT_SIZE),
					model);
		}
		return "redirect:/profile";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(me, id);
		FlashMessages.success(redirect, "token.revoked");
		return "redirect:/profile";
	}

}
