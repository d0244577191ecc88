package org.datapact.classification.domain;

import java.time.Instant;
import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.OverrideStatus;
import org.datapact.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The override aggregate's transitions: a raise is active at once, a lowering waits for a
 * second person, and every transition refuses a state it does not start from.
 */
class LevelOverrideTests {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private final UUID requester = UUID.randomUUID();

	private final UUID second = UUID.randomUUID();

	private LevelOverride request(Level computed, Level requested) {
		return LevelOverride.request(UUID.randomUUID(), UUID.randomUUID(), "dataset-1", "Survey", computed, requested,
				"Because", this.requester, NOW);
	}

	@Test
	void aRaiseAppliesAtOnceALoweringWaits() {
		LevelOverride raise = request(Level.CONFIDENTIAL, Level.SECRET);
		assertThat(raise.status()).isEqualTo(OverrideStatus.ACTIVE);
		assertThat(raise.request().lowering()).isFalse();
		assertThat(raise.appliesTo(Level.CONFIDENTIAL)).isTrue();
		assertThat(raise.appliesTo(Level.PUBLIC)).isFalse();

		LevelOverride lowering = request(Level.SECRET, Level.CONFIDENTIAL);
		assertThat(lowering.status()).isEqualTo(OverrideStatus.PENDING);
		assertThat(lowering.request().lowering()).isTrue();
		assertThat(lowering.appliesTo(Level.SECRET)).isFalse();
	}

	@Test
	void nobodyApprovesTheirOwnLowering() {
		LevelOverride lowering = request(Level.SECRET, Level.PUBLIC);
		assertThatThrownBy(() -> lowering.approve(this.requester, Level.SECRET, NOW)).isInstanceOfSatisfying(
				InvalidRequestException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.override.selfApproval"));
		assertThat(lowering.status()).isEqualTo(OverrideStatus.PENDING);

		assertThat(lowering.approve(this.second, Level.SECRET, NOW)).isTrue();
		assertThat(lowering.status()).isEqualTo(OverrideStatus.ACTIVE);
		assertThat(lowering.decision()).isEqualTo(new LevelOverride.Decision(this.second, NOW, null));
		assertThatThrownBy(() -> lowering.approve(this.second, Level.SECRET, NOW)).isInstanceOfSatisfying(
				InvalidRequestException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.override.notPending"));
	}

	@Test
	void aLoweringAskedAgainstAnotherComputedLevelNeedsConfirmingAgain() {
		LevelOverride lowering = request(Level.SECRET, Level.CONFIDENTIAL);
		assertThat(lowering.approve(this.second, Level.CONFIDENTIAL, NOW)).isFalse();
		assertThat(lowering.status()).isEqualTo(OverrideStatus.NEEDS_RECONFIRMATION);
		assertThat(lowering.decision().by()).isEqualTo(this.second);

		LevelOverride gone = request(Level.SECRET, Level.CONFIDENTIAL);
		assertThatThrownBy(() -> gone.approve(this.second, null, NOW)).isInstanceOfSatisfying(
				InvalidRequestException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.override.unknownDataset"));
	}

	@Test
	void onlyAPendingLoweringIsRejected() {
		LevelOverride lowering = request(Level.SECRET, Level.PUBLIC);
		lowering.reject(this.second, "Names are not pseudonymised", NOW);
		assertThat(lowering.status()).isEqualTo(OverrideStatus.REJECTED);
		assertThat(lowering.decision())
			.isEqualTo(new LevelOverride.Decision(this.second, NOW, "Names are not pseudonymised"));
		assertThatThrownBy(() -> lowering.reject(this.second, null, NOW)).isInstanceOf(InvalidRequestException.class);
		assertThatThrownBy(() -> request(Level.PUBLIC, Level.SECRET).reject(this.second, null, NOW))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void aNewerChangeSupersedesAStandingOneOnly() {
		LevelOverride raise = request(Level.PUBLIC, Level.CONFIDENTIAL);
		raise.supersede();
		assertThat(raise.status()).isEqualTo(OverrideStatus.REPLACED);
		assertThat(raise.isStanding()).isFalse();
		assertThatThrownBy(raise::supersede).isInstanceOf(IllegalStateException.class);
		LevelOverride lowering = request(Level.SECRET, Level.PUBLIC);
		lowering.supersede();
		assertThat(lowering.status()).isEqualTo(OverrideStatus.REPLACED);
	}

	@Test
	void aStandingChangeNeedsConfirmingWhenTheComputedLevelChanges() {
		LevelOverride raise = request(Level.CONFIDENTIAL, Level.SECRET);
		assertThat(raise.reconfirmIfComputedChanged(Level.CONFIDENTIAL)).isFalse();
		assertThat(raise.status()).isEqualTo(OverrideStatus.ACTIVE);
		assertThat(raise.reconfirmIfComputedChanged(Level.SECRET)).isTrue();
		assertThat(raise.status()).isEqualTo(OverrideStatus.NEEDS_RECONFIRMATION);
		assertThat(raise.appliesTo(Level.CONFIDENTIAL)).isFalse();
		assertThat(raise.reconfirmIfComputedChanged(Level.PUBLIC)).as("only a standing change").isFalse();

		LevelOverride lowering = request(Level.SECRET, Level.PUBLIC);
		assertThat(lowering.reconfirmIfComputedChanged(Level.CONFIDENTIAL)).isTrue();
		assertThat(lowering.status()).isEqualTo(OverrideStatus.NEEDS_RECONFIRMATION);
	}

}
