package org.datapact.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An audit event names an action and a kind of record from the closed sets the API
 * document lists, or it is refused where it is made.
 */
class AuditEventTests {

	@Test
	void anActionOrAKindOfRecordOutsideTheClosedSetsIsRefused() {
		assertThatThrownBy(() -> new AuditEvent("PROJECT_FROBNICATED", "Project", "1", null, null, null,
				AuditEvent.Outcome.SUCCESS, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AuditEvent("PROJECT_UPDATED", "PROJECT", "1", null, null, null,
				AuditEvent.Outcome.SUCCESS, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("PROJECT");
		assertThatCode(() -> new AuditEvent("PROJECT_UPDATED", "Project", "1", null, null, null,
				AuditEvent.Outcome.SUCCESS, null))
			.doesNotThrowAnyException();
		assertThatCode(() -> new AuditEvent("LOGIN_FAILURE", null, null, null, null, "someone",
				AuditEvent.Outcome.FAILURE, null))
			.doesNotThrowAnyException();
	}

}
