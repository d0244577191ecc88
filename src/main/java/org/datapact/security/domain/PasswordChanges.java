package org.datapact.security.domain;

import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.UserAccounts;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password: proves the current one, and the new one meets the
 * policy.
 */
@Service
public class PasswordChanges {

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final PasswordRules rules;

	private final ApplicationEventPublisher events;

	PasswordChanges(UserAccounts accounts, PasswordEncoder encoder, PasswordRules rules,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.rules = rules;
		this.events = events;
	}

	@Transactional
	public void change(CurrentUser user, String currentPassword, String newPassword, String confirmation) {
		AccountCredentials account = this.accounts.findById(user.id())
			.orElseThrow(() -> new NotFoundException("User", user.id()));
		if (currentPassword == null || !this.encoder.matches(currentPassword, account.passwordHash())) {
			this.events.publishEvent(new AuditEvent("PASSWORD_CHANGE_REJECTED", "User", user.id().toString(),
					user.organisationId(), user.id(), null, AuditEvent.Outcome.FAILURE, null));
			throw new InvalidRequestException("currentPassword", "password.currentWrong");
		}
		if (newPassword == null || !newPassword.equals(confirmation)) {
			throw new InvalidRequestException("confirmPassword", "password.mismatch");
		}
		if (newPassword.equals(currentPassword)) {
			throw new InvalidRequestException("newPassword", "password.same");
		}
		this.rules.check(newPassword, user.username()).ifPresent((key) -> {
			throw new InvalidRequestException("newPassword", key);
		});
		this.accounts.changePassword(user.id(), this.encoder.encode(newPassword));
		this.events
			.publishEvent(AuditEvent.success(user, "PASSWORD_CHANGED", "User", user.id(), user.organisationId()));
	}

}
