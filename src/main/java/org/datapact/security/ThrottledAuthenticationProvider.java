package org.datapact.security;

import org.datapact.security.SignInRefusedException.Reason;
import org.datapact.security.SignInThrottle.Reservation;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in behind the {@link SignInThrottle}. The attempt is counted before the
 * password is checked; every wrong answer (unknown name, wrong password, deactivated
 * account) is the same bad-credentials failure. The right password for a locked account
 * does not sign in: it mails the person a link that lifts the lock, and the answer is the
 * same as for a wrong password on a locked account, so guessing learns nothing.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final SignInThrottle throttle;

	private final SignInUnlocks unlocks;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, SignInThrottle throttle,
			SignInUnlocks unlocks) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.unlocks = unlocks;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Reservation reservation = this.throttle.reserve(authentication.getName(), addressOf(authentication));
		if (!reservation.allowed()) {
			throw new SignInRefusedException(
					(reservation.refusal() == SignInThrottle.Refusal.ADDRESS) ? Reason.NETWORK : Reason.WAIT,
					reservation.retryAt());
		}
		Authentication result;
		try {
			result = this.delegate.authenticate(authentication);
		}
		catch (CredentialsExpiredException ex) {
			// the right temporary password, but it ran out
			this.throttle.settle(reservation, false);
			throw ex;
		}
		catch (PasswordHashingBusyException ex) {
			throw new SignInRefusedException(Reason.BUSY, null);
		}
		catch (AuthenticationException ex) {
			if (reservation.accountLocked()) {
				throw new SignInRefusedException(Reason.LOCKED, null);
			}
			throw new BadCredentialsException("Bad credentials");
		}
		DataPactPrincipal principal = (DataPactPrincipal) result.getPrincipal();
		if (reservation.accountLocked()) {
			this.throttle.settle(reservation, false);
			this.unlocks.offer(principal.currentUser());
			throw new SignInRefusedException(Reason.LOCKED, null);
		}
		this.throttle.settle(reservation, true);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String addressOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

}
