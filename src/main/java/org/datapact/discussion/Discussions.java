package org.datapact.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.discussion.domain.Discussion;
import org.datapact.discussion.domain.DiscussionMessage;
import org.datapact.discussion.domain.DiscussionMessageRepository;
import org.datapact.discussion.domain.DiscussionRepository;
import org.datapact.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discussion threads for other modules. The caller has checked that the person may take
 * part and names the thread's owner in every call: a thread of another owner answers like
 * a missing one. Texts arrive checked (not blank, at most
 * {@value DiscussionMessage#MAX_BODY} characters); auditing and notifying are the
 * caller's.
 */
@Service
@Transactional
public class Discussions {

	static final String ENTITY = "Discussion";

	private final DiscussionRepository discussions;

	private final DiscussionMessageRepository messages;

	private final Clock clock;

	Discussions(DiscussionRepository discussions, DiscussionMessageRepository messages, Clock clock) {
		this.discussions = discussions;
		this.messages = messages;
		this.clock = clock;
	}

	/** Starts a thread with its first message; its id. */
	public UUID open(Anchor anchor, UUID by, String body, Set<UUID> mentions) {
		Instant now = this.clock.instant();
		Discussion discussion = this.discussions.save(Discussion.open(anchor, by, now));
		this.messages.save(discussion.post(by, body, mentions, now));
		return discussion.id();
	}

	/**
	 * Adds a message to an open thread of the owner.
	 * @throws DiscussionStateException when the thread is resolved
	 */
	public void post(String ownerType, UUID ownerId, UUID discussionId, UUID by, String body, Set<UUID> mentions) {
		Discussion discussion = find(ownerType, ownerId, discussionId);
		this.messages.save(discussion.post(by, body, mentions, this.clock.instant()));
	}

	/**
	 * @throws DiscussionStateException when the thread is resolved already
	 */
	public void resolve(String ownerType, UUID ownerId, UUID discussionId, UUID by) {
		Discussion discussion = find(ownerType, ownerId, discussionId);
		discussion.resolve(by, this.clock.instant());
		this.discussions.save(discussion);
	}

	/**
	 * @throws DiscussionStateException when the thread is open
	 */
	public void reopen(String ownerType, UUID ownerId, UUID discussionId, UUID by) {
		Discussion discussion = find(ownerType, ownerId, discussionId);
		discussion.reopen(by, this.clock.instant());
		this.discussions.save(discussion);
	}

	/** Every thread of the owner with its messages, oldest first: two queries. */
	@Transactional(readOnly = true)
	public List<DiscussionView> of(String ownerType, UUID ownerId) {
		List<Discussion> threads = this.discussions.findByOwnerTypeAndOwnerIdOrderByOpenedAt(ownerType, ownerId);
		if (threads.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<DiscussionView.Message>> byThread = new LinkedHashMap<>();
		for (DiscussionMessage message : this.messages.findByOwner(ownerType, ownerId)) {
			byThread.computeIfAbsent(message.discussionId(), (id) -> new ArrayList<>())
				.add(new DiscussionView.Message(message.id(), message.authorId(), message.body(), message.createdAt(),
						message.mentions()));
		}
		return threads.stream()
			.map((thread) -> new DiscussionView(thread.id(), thread.anchor(), thread.status() == Discussion.Status.OPEN,
					thread.openedBy(), thread.openedAt(), thread.resolvedBy(), thread.resolvedAt(), thread.reopenedBy(),
					thread.reopenedAt(), byThread.getOrDefault(thread.id(), List.of())))
			.toList();
	}

	private Discussion find(String ownerType, UUID ownerId, UUID discussionId) {
		return this.discussions.findById(discussionId)
			.filter((discussion) -> discussion.belongsTo(ownerType, ownerId))
			.orElseThrow(() -> new NotFoundException(ENTITY, discussionId));
	}

}
