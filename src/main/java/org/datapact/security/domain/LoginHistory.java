package org.datapact.security.domain;

import java.time.Clock;
import java.util.UUID;

import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;

import org.springframework.data.domain.Sort;
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

	/** One page of the person's sign-ins, newest first. */
	@Transactional(readOnly = true)
	public ListPage<LoginHistoryEntry> page(UUID userId, PageQuery query) {
		return ListPage.of(
				this.events.findByUserId(userId,
						query.pageable(
								Sort.by(Sort.Direction.DESC, "occurredAt").and(Sort.by(Sort.Direction.DESC, "id")))),
				LoginEvent::view);
	}

}
