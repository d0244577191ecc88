package org.datapact.security.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own sign-in history, shown on their profile. */
@Service
public class LoginHistory {

	private static final int MAX_USER_AGENT = 300;

	private final LoginEventRepository events;

	private final Clock clock;

	LoginHistory(LoginEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void record(UUID userId, String address, String userAgent, boolean success) {
		String agent = (userAgent == null || userAgent.length() <= MAX_USER_AGENT) ? userAgent
				: userAgent.substring(0, MAX_USER_AGENT);
		this.events.save(new LoginEvent(userId, this.clock.instant(), address, agent, success));
	}

	@Transactional(readOnly = true)
	public List<LoginHistoryEntry> recent(UUID userId, int count) {
		return this.events.findByUserIdOrderByOccurredAtDesc(userId, Limit.of(count))
			.stream()
			.map(LoginEvent::view)
			.toList();
	}

}
