package org.datapact.classification.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.datapact.classification.DatasetFacts;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.engine.CombinationRule;
import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.classification.engine.Rule;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.InvalidRuleSetException;
import org.datapact.classification.engine.RuleSetJson;
import org.datapact.classification.engine.RuleSetProblem;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

	public static final String ENTITY = "ClassificationRuleSet";

	/** Which list of rules a change is about. */
	public enum RuleKind {

		RULE, COMBINATION

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RuleSetVersionRepository versions;

	private final RuleSets ruleSets;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RuleSetAdministration(RuleSetVersionRepository versions, RuleSets ruleSets, ApplicationEventPublisher events,
			Clock clock) {
		this.versions = versions;
		this.ruleSets = ruleSets;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RuleSetSummary> versions(CurrentUser me) {
		requireAdmin(me);
		UUID inForce = inForceId();
		return this.versions.findAllByOrderByRuleSetKeyAscStatusAscVersionDesc()
			.stream()
			.map((v) -> summary(v, inForce))
			.toList();
	}

	@Transactional(readOnly = true)
	public RuleSetDetail get(CurrentUser me, UUID id) {
		requireAdmin(me);
		RuleSetVersion version = load(id);
		return new RuleSetDetail(summary(version, inForceId()), definition(version));
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
		RuleSetVersion basedOn = load(basedOnId);
		if (basedOn.isDraft()) {
			throw new InvalidRequestException("basedOn", "classification.ruleSet.draftFromDraft");
		}
		if (this.versions.findByRuleSetKeyAndStatus(basedOn.ruleSetKey(), RuleSetStatus.DRAFT).isPresent()) {
			throw new InvalidRequestException("basedOn", "classification.ruleSet.draftExists");
		}
		int next = this.versions.lastVersion(basedOn.ruleSetKey()) + 1;
		RuleSet rules = RuleSetVersion.withVersion(definition(basedOn), next);
		RuleSetVersion draft = RuleSetVersion.draft(rules, basedOn.id(), me.id(), this.clock.instant());
		this.versions.saveAndFlush(draft);
		audit(me, "CLASSIFICATION_RULE_SET_DRAFTED", draft.id(), "based on version " + basedOn.version());
		return summary(draft, inForceId());
	}

	/** Adds ({@code index} null) or replaces a rule of the draft. */
	public RuleSetDetail saveRule(CurrentUser me, UUID draftId, long lockVersion, Integer index, Rule rule) {
		return change(me, draftId, lockVersion, (rules) -> {
			List<Rule> list = new ArrayList<>(rules.rules());
			put(list, index, rule);
			return rules.withRules(list, rules.combinationRules());
		}, "rule " + rule.key());
	}

	/** Adds ({@code index} null) or replaces a combination rule of the draft. */
	public RuleSetDetail saveCombinationRule(CurrentUser me, UUID draftId, long lockVersion, Integer index,
			CombinationRule rule) {
		return change(me, draftId, lockVersion, (rules) -> {
			List<CombinationRule> list = new ArrayList<>(rules.combinationRules());
			put(list, index, rule);
			return rules.withRules(rules.rules(), list);
		}, "combination rule " + rule.key());
	}

	public RuleSetDetail removeRule(CurrentUser me, UUID draftId, long lockVersion, RuleKind kind, int index) {
		return change(me, draftId, lockVersion, (rules) -> {
			if (kind == RuleKind.RULE) {
				List<Rule> list = new ArrayList<>(rules.rules());
				checkIndex(list, index);
				list.remove(index);
				return rules.withRules(list, rules.combinationRules());
			}
			List<CombinationRule> list = new ArrayList<>(rules.combinationRules());
			checkIndex(list, index);
			list.remove(index);
			return rules.withRules(rules.rules(), list);
		}, "removed " + kind + " " + index);
	}

	/** Moves a rule one place up ({@code -1}) or down ({@code +1}) in its list. */
	public RuleSetDetail moveRule(CurrentUser me, UUID draftId, long lockVersion, RuleKind kind, int index, int delta) {
		return change(me, draftId, lockVersion, (rules) -> {
			if (kind == RuleKind.RULE) {
				List<Rule> list = new ArrayList<>(rules.rules());
				move(list, index, delta);
				return rules.withRules(list, rules.combinationRules());
			}
			List<CombinationRule> list = new ArrayList<>(rules.combinationRules());
			move(list, index, delta);
			return rules.withRules(rules.rules(), list);
		}, "moved " + kind + " " + index);
	}

	public RuleSetDetail saveParameters(CurrentUser me, UUID draftId, long lockVersion,
			Map<String, BigDecimal> values) {
		return change(me, draftId, lockVersion, (rules) -> {
			RuleSet changed = rules;
			for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
				if (!rules.parameters().containsKey(value.getKey())) {
					throw new InvalidRequestException(value.getKey(), "classification.ruleSet.noSuchParameter");
				}
				changed = changed.withParameter(value.getKey(), value.getValue());
			}
			return changed;
		}, "parameters " + values);
	}

	/**
	 * Replaces the draft's contents by a rule set read from JSON; it keeps the draft's id
	 * and version number.
	 * @throws org.datapact.classification.engine.InvalidRuleSetException naming every
	 * problem with its path
	 */
	public RuleSetDetail importJson(CurrentUser me, UUID draftId, long lockVersion, String json) {
		return change(me, draftId, lockVersion, (rules) -> {
			RuleSet imported = RuleSetJson.read(json);
			return new RuleSet(rules.id(), rules.version(), imported.name(), imported.languages(),
					imported.parameters(), imported.defaultLevel(), imported.rules(), imported.combinationRules());
		}, "imported JSON");
	}

	/**
	 * Adds ({@code index} null) or replaces one rule given as JSON, the advanced
	 * alternative to the structured editor; problems are named with their path in the
	 * rule set, e.g. {@code combinationRules[2].one.values[0]}.
	 */
	public RuleSetDetail saveRuleJson(CurrentUser me, UUID draftId, long lockVersion, RuleKind kind, Integer index,
			String json) {
		return change(me, draftId, lockVersion, (rules) -> {
			JsonNode rule;
			try {
				rule = JSON.readTree((json != null) ? json : "");
			}
			catch (JacksonException ex) {
				throw new InvalidRuleSetException(List.of(new RuleSetProblem("(rule)", "json",
						List.of(String.valueOf(ex.getOriginalMessage()).lines().findFirst().orElse("")))));
			}
			ObjectNode tree = (ObjectNode) JSON.readTree(RuleSetJson.write(rules));
			ArrayNode list = (ArrayNode) tree.get((kind == RuleKind.RULE) ? "rules" : "combinationRules");
			if (list == null) {
				list = tree.putArray((kind == RuleKind.RULE) ? "rules" : "combinationRules");
			}
			if (index == null) {
				list.add(rule);
			}
			else {
				if (index < 0 || index >= list.size()) {
					throw new NotFoundException("ClassificationRule", index);
				}
				list.set(index, rule);
			}
			return RuleSetJson.read(JSON.writeValueAsString(tree));
		}, "JSON of " + kind + " " + ((index != null) ? index : "new"));
	}

	/** One rule of a version as JSON. */
	@Transactional(readOnly = true)
	public String ruleJson(CurrentUser me, UUID id, RuleKind kind, int index) {
		requireAdmin(me);
		JsonNode tree = JSON.readTree(RuleSetJson.write(definition(load(id))));
		JsonNode list = tree.get((kind == RuleKind.RULE) ? "rules" : "combinationRules");
		if (list == null || index < 0 || index >= list.size()) {
			throw new NotFoundException("ClassificationRule", index);
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list.get(index));
	}

	@Transactional(readOnly = true)
	public String exportJson(CurrentUser me, UUID id) {
		requireAdmin(me);
		return RuleSetJson.write(definition(load(id)));
	}

	/** Deletes a draft nobody wants any more. */
	public void discardDraft(CurrentUser me, UUID draftId) {
		requireAdmin(me);
		RuleSetVersion draft = loadDraft(draftId);
		this.versions.delete(draft);
		audit(me, "CLASSIFICATION_RULE_SET_DISCARDED", draftId, null);
	}

	/**
	 * Publishes the draft as the next version, recording who and why; from the commit on,
	 * it is the rule set in force.
	 */
	public RuleSetSummary publish(CurrentUser me, UUID draftId, long lockVersion, String reason) {
		requireAdmin(me);
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequestException("reason", "classification.ruleSet.reasonRequired");
		}
		if (reason.strip().length() > 1000) {
			throw new InvalidRequestException("reason", "classification.ruleSet.reasonTooLong");
		}
		RuleSetVersion draft = loadDraft(draftId);
		checkLock(draft, lockVersion);
		int number = this.versions.lastVersion(draft.ruleSetKey()) + 1;
		RuleSet rules = RuleSetVersion.withVersion(definition(draft), number);
		CompiledRuleSet.compile(rules);
		draft.publish(rules, number, me.id(), this.clock.instant(), reason);
		this.versions.saveAndFlush(draft);
		audit(me, "CLASSIFICATION_RULE_SET_PUBLISHED", draft.id(), "version " + number + ": " + reason.strip());
		refreshAfterCommit();
		return summary(draft, draft.id());
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
		CompiledRuleSet candidate = this.ruleSets.compiled(load(id));
		return new BenchComparison(candidate.evaluate(context, datasets),
				this.ruleSets.current().evaluate(context, datasets));
	}

	/** The compiled rules of a version, for previews. */
	@Transactional(readOnly = true)
	public CompiledRuleSet compiled(CurrentUser me, UUID id) {
		requireAdmin(me);
		return this.ruleSets.compiled(load(id));
	}

	private RuleSetDetail change(CurrentUser me, UUID draftId, long lockVersion, UnaryOperator<RuleSet> change,
			String what) {
		requireAdmin(me);
		RuleSetVersion draft = loadDraft(draftId);
		checkLock(draft, lockVersion);
		RuleSet changed = change.apply(definition(draft));
		// refuses a change that breaks the rules, naming each problem with its path
		CompiledRuleSet.compile(changed);
		draft.edit(changed, me.id(), this.clock.instant());
		this.versions.saveAndFlush(draft);
		audit(me, "CLASSIFICATION_RULE_SET_EDITED", draft.id(), what);
		return new RuleSetDetail(summary(draft, inForceId()), changed);
	}

	private static <T> void put(List<T> list, Integer index, T item) {
		if (index == null) {
			list.add(item);
		}
		else {
			checkIndex(list, index);
			list.set(index, item);
		}
	}

	private static <T> void move(List<T> list, int index, int delta) {
		checkIndex(list, index);
		int to = index + Integer.signum(delta);
		if (to >= 0 && to < list.size()) {
			list.add(to, list.remove(index));
		}
	}

	private static void checkIndex(List<?> list, int index) {
		if (index < 0 || index >= list.size()) {
			throw new NotFoundException("ClassificationRule", index);
		}
	}

	private static void checkLock(RuleSetVersion version, long lockVersion) {
		if (version.lockVersion() != lockVersion) {
			throw new ObjectOptimisticLockingFailureException(RuleSetVersion.class, version.id());
		}
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
		return this.versions.findFirstByStatusOrderByPublishedAtDescVersionDesc(RuleSetStatus.PUBLISHED)
			.map(RuleSetVersion::id)
			.orElse(null);
	}

	private RuleSetVersion load(UUID id) {
		return this.versions.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private RuleSetVersion loadDraft(UUID id) {
		RuleSetVersion version = load(id);
		if (!version.isDraft()) {
			throw new RuleSetNotEditableException();
		}
		return version;
	}

	private RuleSet definition(RuleSetVersion version) {
		return this.ruleSets.compiled(version).definition();
	}

	private RuleSetSummary summary(RuleSetVersion version, UUID inForce) {
		RuleSet rules = definition(version);
		return new RuleSetSummary(version.id(), version.ruleSetKey(), version.version(), version.status(),
				version.name(), version.basedOn(), version.updatedAt(), version.publishedAt(), version.publishedBy(),
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
