package org.datapact.security;

import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.UserAccounts;
import org.datapact.security.SignInThrottle.Reservation;
import org.datapact.security.domain.PasswordRules;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.TooManyRequestsException;
import org.datapact.shared.web.ClientAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person changes their own password: proves the current one, and the new one meets the
 * policy. Checking the current password is throttled like signing in (the same counts,
 * per account and address), and a wrong one is audited in a transaction of its own.
 */
@Service
public class PasswordChanges {

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final PasswordRules rules;

	private final SignInThrottle throttle;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	PasswordChanges(UserAccounts accounts, PasswordEncoder encoder, PasswordRules rules, SignInThrottle throttle,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.rules = rules;
		this.throttle = throttle;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	public void change(CurrentUser user, String currentPassword, String newPassword, String confirmation) {
		AccountCredentials account = this.accounts.findById(user.id())
			.orElseThrow(() -> new NotFoundException("User", user.id()));
		Reservation reservation = this.throttle.reserve(account.username(), ClientAddress.current());
		if (!reservation.allowed()) {
			this.events.publishEvent(AuditEvent.refused(user, "PASSWORD_CHANGE_REJECTED", "User", user.id(),
					user.organisationId(), "reason=throttled"));
			throw new TooManyRequestsException(reservation.retryAt(), "password.tooManyAttempts");
		}
		if (currentPassword == null || !this.encoder.matches(currentPassword, account.passwordHash())) {
			this.events.publishEvent(AuditEvent.refused(user, "PASSWORD_CHANGE_REJECTED", "User", user.id(),
					user.organisationId(), "reason=wrong-current-password"));
			throw new InvalidRequestException("currentPassword", "password.currentWrong");
		}
		// the right current password: this attempt does not count, and a lock is lifted
		this.throttle.settle(reservation, true);
		if (newPassword == null || !newPassword.equals(confirmation)) {
			throw new InvalidRequestException("confirmPassword", "password.mismatch");
		}
		if (newPassword.equals(currentPassword)) {
			throw new InvalidRequestException("newPassword", "password.same");
		}
		this.rules.check(newPassword, user.username()).ifPresent((key) -> {
			throw new InvalidRequestException("newPassword", key);
		});
		String hash = this.encoder.encode(newPassword);
		this.transactions.executeWithoutResult((status) -> {
			this.accounts.changePassword(user.id(), hash);
			this.events
				.publishEvent(AuditEvent.success(user, "PASSWORD_CHANGED", "User", user.id(), user.organisationId()));
		});
	}

}
