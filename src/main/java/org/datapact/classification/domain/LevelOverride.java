package org.datapact.classification.domain;

import java.time.Instant;
import java.util.UUID;

import org.datapact.classification.Level;
import org.datapact.classification.OverrideStatus;
import org.datapact.shared.InvalidRequestException;

/**
 * A person's change of a dataset's level, with its justification: the aggregate of the
 * four-eyes rule. A change at or above the computed level is active at once; one below it
 * is pending until a second person, never the requester, approves it, or someone rejects
 * it. A newer change supersedes it. It applies only while the computed level it was asked
 * against stands; when that changes it needs confirming again. Every transition checks
 * the state it starts from. (Not named {@code Override}, which would hide
 * {@link java.lang.Override} in this package.)
 */
final class LevelOverride {

	private final Request request;

	private OverrideStatus status;

	private Decision decision;

	private final long version;

	LevelOverride(Request request, OverrideStatus status, Decision decision, long version) {
		this.request = request;
		this.status = status;
		this.decision = decision;
		this.version = version;
	}

	/** What was asked, by whom and when; it never changes. */
	record Request(UUID id, UUID projectId, UUID organisationId, String datasetId, String datasetName,
			Level computedLevel, Level requestedLevel, String justification, UUID requestedBy, Instant requestedAt) {

		/**
		 * Whether it lowers the level below the computed one, and so needs a second
		 * person.
		 */
		boolean lowering() {
			return this.requestedLevel.compareTo(this.computedLevel) < 0;
		}

	}

	/** Who decided on a pending change, when, and optionally why. */
	record Decision(UUID by, Instant at, String note) {
	}

	/**
	 * A change of a dataset's level asked now: active at once, unless it lowers the level
	 * below the computed one, which waits for a second person.
	 */
	static LevelOverride request(UUID projectId, UUID organisationId, String datasetId, String datasetName,
			Level computedLevel, Level requestedLevel, String justification, UUID by, Instant now) {
		Request request = new Request(UUID.randomUUID(), projectId, organisationId, datasetId, datasetName,
				computedLevel, requestedLevel, justification, by, now);
		return new LevelOverride(request, request.lowering() ? OverrideStatus.PENDING : OverrideStatus.ACTIVE, null, 0);
	}

	/**
	 * A second person approves a pending lowering, which then applies, as long as the
	 * dataset's computed level ({@code computedNow}, null when the dataset is gone) is
	 * still the one it was asked against; otherwise it needs confirming again.
	 * @return whether it applies now
	 * @throws SelfApprovalRefused when the requester approves their own request
	 * @throws InvalidRequestException when it is not pending, or the dataset is gone
	 */
	boolean approve(UUID by, Level computedNow, Instant now) {
		requirePending();
		if (this.request.requestedBy().equals(by)) {
			throw new SelfApprovalRefused();
		}
		if (computedNow == null) {
			throw new InvalidRequestException("overrideId", "classification.override.unknownDataset");
		}
		if (computedNow != this.request.computedLevel()) {
			decide(OverrideStatus.NEEDS_RECONFIRMATION, new Decision(by, now, null));
			return false;
		}
		decide(OverrideStatus.ACTIVE, new Decision(by, now, null));
		return true;
	}

	/**
	 * Someone rejects a pending lowering (the requester withdraws it so), optionally
	 * saying why.
	 */
	void reject(UUID by, String reason, Instant now) {
		requirePending();
		decide(OverrideStatus.REJECTED, new Decision(by, now, reason));
	}

	/** A newer change of the same dataset takes its place. */
	void supersede() {
		if (!isStanding()) {
			throw new IllegalStateException("Only a pending or active change is superseded, not a " + this.status);
		}
		this.status = OverrideStatus.REPLACED;
	}

	/**
	 * Checks the change against the computed level of a new run: asked against another
	 * level, a standing change no longer applies and needs confirming again. Whether it
	 * changed.
	 */
	boolean reconfirmIfComputedChanged(Level computed) {
		if (!isStanding() || computed == this.request.computedLevel()) {
			return false;
		}
		this.status = OverrideStatus.NEEDS_RECONFIRMATION;
		return true;
	}

	/**
	 * Whether it is active and asked against this computed level, so it sets the level.
	 */
	boolean appliesTo(Level computed) {
		return this.status == OverrideStatus.ACTIVE && computed == this.request.computedLevel();
	}

	boolean isActive() {
		return this.status == OverrideStatus.ACTIVE;
	}

	boolean isPending() {
		return this.status == OverrideStatus.PENDING;
	}

	/** Pending or active: what a newer change supersedes and a new run checks. */
	boolean isStanding() {
		return isPending() || isActive();
	}

	/** Whether it is about the dataset. */
	boolean isFor(String datasetId) {
		return this.request.datasetId().equals(datasetId);
	}

	private void requirePending() {
		if (!isPending()) {
			throw new InvalidRequestException("overrideId", "classification.override.notPending");
		}
	}

	private void decide(OverrideStatus decided, Decision made) {
		this.status = decided;
		this.decision = made;
	}

	Request request() {
		return this.request;
	}

	OverrideStatus status() {
		return this.status;
	}

	/** The decision on it; null while nobody decided. */
	Decision decision() {
		return this.decision;
	}

	long version() {
		return this.version;
	}

	/** The four-eyes rule: nobody approves their own lowering. */
	static final class SelfApprovalRefused extends InvalidRequestException {

		SelfApprovalRefused() {
			super("overrideId", "classification.override.selfApproval");
		}

	}

}
