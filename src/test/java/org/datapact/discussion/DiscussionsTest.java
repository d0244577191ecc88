package org.datapact.discussion;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.datapact.shared.NotFoundException;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Discussion threads on real PostgreSQL: messages in order with who and when, resolve and
 * reopen, mentions kept, and a thread answering only to its owner.
 */
@IntegrationTest
class DiscussionsTest {

	@Autowired
	Discussions discussions;

	private final UUID scoper = UUID.randomUUID();

	private final UUID partner = UUID.randomUUID();

	@Test
	void aThreadIsResolvedAndReopenedAndKeepsItsMessagesInOrder() {
		UUID plan = UUID.randomUUID();
		UUID thread = this.discussions.open(new Anchor("test-plan", plan, "datasets", null, 3), this.scoper,
				"Which datasets are in scope?", Set.of(this.partner));
		this.discussions.post("test-plan", plan, thread, this.partner, "The two surveys.", Set.of());
		this.discussions.resolve("test-plan", plan, thread, this.scoper);

		assertThatThrownBy(() -> this.discussions.post("test-plan", plan, thread, this.partner, "And one more.", null))
			.isInstanceOfSatisfying(DiscussionStateException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("discussion.error.resolved"));
		assertThatThrownBy(() -> this.discussions.resolve("test-plan", plan, thread, this.scoper))
			.isInstanceOf(DiscussionStateException.class);
		DiscussionView resolved = this.discussions.of("test-plan", plan).get(0);
		assertThat(resolved.open()).isFalse();
		assertThat(resolved.resolvedBy()).isEqualTo(this.scoper);
		assertThat(resolved.resolvedAt()).isNotNull();

		this.discussions.reopen("test-plan", plan, thread, this.partner);
		assertThatThrownBy(() -> this.discussions.reopen("test-plan", plan, thread, this.partner))
			.isInstanceOfSatisfying(DiscussionStateException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("discussion.error.open"));
		this.discussions.post("test-plan", plan, thread, this.partner, "And the registry.", Set.of(this.scoper));

		List<DiscussionView> threads = this.discussions.of("test-plan", plan);
		assertThat(threads).singleElement().satisfies((view) -> {
			assertThat(view.id()).isEqualTo(thread);
			assertThat(view.anchor()).isEqualTo(new Anchor("test-plan", plan, "datasets", null, 3));
			assertThat(view.open()).isTrue();
			assertThat(view.openedBy()).isEqualTo(this.scoper);
			assertThat(view.resolvedBy()).isNull();
			assertThat(view.reopenedBy()).isEqualTo(this.partner);
			assertThat(view.reopenedAt()).isNotNull();
			assertThat(view.messages()).extracting(DiscussionView.Message::body)
				.containsExactly("Which datasets are in scope?", "The two surveys.", "And the registry.");
			assertThat(view.messages()).extracting(DiscussionView.Message::authorId)
				.containsExactly(this.scoper, this.partner, this.partner);
			assertThat(view.messages().get(0).mentions()).containsExactly(this.partner);
			assertThat(view.messages().get(1).mentions()).isEmpty();
			assertThat(view.messages().get(2).mentions()).containsExactly(this.scoper);
		});
	}

	@Test
	void aThreadAnswersOnlyToItsOwner() {
		UUID mine = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		UUID thread = this.discussions.open(new Anchor("test-plan", mine, "hosting", UUID.randomUUID(), null),
				this.scoper, "Where is it hosted?", Set.of());
		assertThatThrownBy(() -> this.discussions.post("test-plan", other, thread, this.partner, "Here.", Set.of()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.discussions.resolve("other-kind", mine, thread, this.scoper))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.discussions.reopen("test-plan", mine, UUID.randomUUID(), this.scoper))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.discussions.of("test-plan", other)).isEmpty();
		assertThat(this.discussions.of("test-plan", mine)).singleElement()
			.satisfies((view) -> assertThat(view.messages()).hasSize(1));
	}

}
