package org.datapact.security;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets sign-in counts whose window has long passed. Every instance may run it: a
 * delete of what is old is the same whoever runs it.
 */
@Component
class SignInThrottleHousekeeping {

	private final SignInThrottle throttle;

	SignInThrottleHousekeeping(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Scheduled(fixedDelayString = "${datapact.sign-in.housekeeping:10m}", initialDelayString = "1m")
	void forgetOld() {
		this.throttle.forgetOld();
	}

}
