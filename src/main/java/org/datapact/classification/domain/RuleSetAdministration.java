package org.datapact.classification.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.datapact.classification.DatasetFacts;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetJson;
import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.DefinitionVersions.Edited;
import org.datapact.definition.PublishOutcome;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Admins' work on rule set versions: a draft made from a published version, edited rule
 * by rule (every change checked against the dataset inventory, so a draft is always
 * usable), tried on sample datasets, imported or exported as JSON and published with a
 * reason. Only admins get here; every change is audited.
 */
@Service
@Transactional
public class RuleSetAdministration {

	public static final String ENTITY = RuleSetVersions.ENTITY;

	/** Longest reason for publishing. */
	public static final int REASON_MAX = 1000;

	/** Which list of rules a change is about. */
	public enum RuleKind {

		RULE, COMBINATION

	}

	private final RuleSetVersions versions;

	private final RuleSets ruleSets;

	private final ApplicationEventPublisher events;

	private final RuleSetNotices notices;

	RuleSetAdministration(RuleSetVersions versions, RuleSets ruleSets, ApplicationEventPublisher events,
			RuleSetNotices notices) {
		this.versions = versions;
		this.ruleSets = ruleSets;
		this.events = events;
		this.notices = notices;
	}

	/** A page of every version: by rule set, the draft first, then the newest. */
	@Transactional(readOnly = true)
	public ListPage<RuleSetSummary> versions(CurrentUser me, PageQuery query) {
		requireAdmin(me);
		UUID inForce = inForceId();
		return this.versions.page(query).map((v) -> summary(v, inForce));
	}

	@Transactional(readOnly = true)
	public RuleSetDetail get(CurrentUser me, UUID id) {
		requireAdmin(me);
		RuleSetVersion version = this.versions.find(id);
		return new RuleSetDetail(summary(version, inForceId()), definition(version));
	}

	/** A draft with its rules, for its editing pages; a published version is refused. */
	@Transactional(readOnly = true)
	public RuleSetDetail getDraft(CurrentUser me, UUID id) {
		requireAdmin(me);
		this.versions.findDraft(id);
		return get(me, id);
	}

	/** The rule set version in force, with its rules. */
	@Transactional(readOnly = true)
	public RuleSetDetail inForce(CurrentUser me) {
		requireAdmin(me);
		UUID id = inForceId();
		if (id == null) {
			throw new NotFoundException(ENTITY, "published");
		}
		return get(me, id);
	}

	/** A new draft with the rules of a published version. One draft per rule set. */
	public RuleSetSummary createDraft(CurrentUser me, UUID basedOnId) {
		requireAdmin(me);
		RuleSetVersion draft = this.versions.createDraft(basedOnId, me.id());
		audit(me, "CLASSIFICATION_RULE_SET_DRAFTED", draft.id(),
				"based on version " + this.versions.find(basedOnId).version());
		return summary(draft, inForceId());
	}

	/**
	 * Changes a draft, as long as nobody changed it since the caller read it.
	 * @throws ObjectOptimisticLockingFailureException when the draft changed meanwhile
	 * @throws DefinitionEditRefused naming every problem of the change with its path
	 */
	public RuleSetDetail edit(CurrentUser me, UUID draftId, long lockVersion, RuleSetEdit edit) {
		requireAdmin(me);
		Edited<RuleSet, RuleSetVersion> edited = this.versions.edit(draftId, lockVersion, edit, me.id());
		if (edited.changed()) {
			audit(me, "CLASSIFICATION_RULE_SET_EDITED", draftId, edit.describe());
		}
		return new RuleSetDetail(summary(edited.version(), inForceId()), edited.definition());
	}

	/** One rule of a version as JSON. */
	@Transactional(readOnly = true)
	public String ruleJson(CurrentUser me, UUID id, RuleKind kind, int index) {
		requireAdmin(me);
		return RuleSetEditor.ruleJson(definition(this.versions.find(id)), kind, index);
	}

	@Transactional(readOnly = true)
	public String exportJson(CurrentUser me, UUID id) {
		requireAdmin(me);
		return RuleSetJson.write(definition(this.versions.find(id)));
	}

	/** Deletes a draft nobody wants any more. */
	public void discardDraft(CurrentUser me, UUID draftId) {
		requireAdmin(me);
		this.versions.discard(draftId, this.versions.findDraft(draftId).lockVersion());
		audit(me, "CLASSIFICATION_RULE_SET_DISCARDED", draftId, null);
	}

	/**
	 * Publishes the draft as the next version, recording who and why; from the commit on,
	 * it is the rule set in force.
	 * @throws ObjectOptimisticLockingFailureException when the draft changed meanwhile
	 */
	public PublishOutcome publish(CurrentUser me, UUID draftId, long lockVersion, String reason) {
		requireAdmin(me);
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason", "classification.ruleSet.reasonRequired");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new InvalidRequestException("reason", "classification.ruleSet.reasonTooLong");
		}
		PublishOutcome outcome = this.versions.publish(draftId, lockVersion, me.id(), reason);
		if (outcome instanceof PublishOutcome.Published published) {
			audit(me, "CLASSIFICATION_RULE_SET_PUBLISHED", draftId,
					"version " + published.version() + ": " + reason.strip());
			refreshAfterCommit();
			this.notices.published(published.id());
		}
		return outcome;
	}

	/**
	 * Sample datasets classified by the draft (or any version) and by the rule set in
	 * force.
	 * @throws org.datapact.classification.InvalidFactsException when a sample does not
	 * fit the dataset inventory
	 */
	@Transactional(readOnly = true)
	public BenchComparison testBench(CurrentUser me, UUID id, ProjectContext context, List<DatasetFacts> datasets) {
		requireAdmin(me);
		CompiledRuleSet candidate = this.ruleSets.compiled(this.versions.find(id));
		return new BenchComparison(candidate.evaluate(context, datasets),
				this.ruleSets.current().evaluate(context, datasets));
	}

	/** The compiled rules of a version, for previews. */
	@Transactional(readOnly = true)
	public CompiledRuleSet compiled(CurrentUser me, UUID id) {
		requireAdmin(me);
		return this.ruleSets.compiled(this.versions.find(id));
	}

	private void refreshAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					RuleSetAdministration.this.ruleSets.refresh();
				}
			});
		}
		else {
			this.ruleSets.refresh();
		}
	}

	private UUID inForceId() {
		return this.versions.inForce().map(RuleSetVersion::id).orElse(null);
	}

	private RuleSet definition(RuleSetVersion version) {
		return this.ruleSets.compiled(version).definition();
	}

	private RuleSetSummary summary(RuleSetVersion version, UUID inForce) {
		RuleSet rules = definition(version);
		return new RuleSetSummary(version.id(), version.ruleSetKey(), version.version(), version.status(),
				version.title(), version.basedOn(), version.updatedAt(), version.publishedAt(), version.publishedBy(),
				version.publishReason(), version.lockVersion(), rules.rules().size(), rules.combinationRules().size(),
				Objects.equals(version.id(), inForce));
	}

	private void audit(CurrentUser me, String action, UUID id, String details) {
		this.events.publishEvent(AuditEvent.success(me, action, ENTITY, id, null).withDetails(details));
	}

	static void requireAdmin(CurrentUser me) {
		if (me == null || !me.isAdmin()) {
			throw new ForbiddenException("administer classification rule sets");
		}
	}

}
