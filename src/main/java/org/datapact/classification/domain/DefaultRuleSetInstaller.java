package org.datapact.classification.domain;

import org.datapact.classification.engine.RuleSet;
import org.datapact.definition.DefinitionVersions.Shipped;
import org.datapact.definition.ShippedDefinitions;
import org.datapact.definition.ShippedDefinitions.Outcome;
import org.datapact.shared.AuditEvent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the default rule set shipped with DataPact to the database at start-up: as
 * version 1 on a fresh installation; as the next version where the version in force is
 * the one DataPact shipped before, after which every project is classified again with it;
 * as a draft for administrators to review where they published rules of their own (see
 * {@link ShippedDefinitions}). Runs after interrupted re-classifications are closed.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DefaultRuleSetInstaller implements ApplicationRunner {

	static final String KIND = "classification-rule-set";

	private final RuleSetVersions versions;

	private final RuleSets ruleSets;

	private final ShippedDefinitions shipped;

	private final Reclassification reclassification;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final RuleSetNotices notices;

	DefaultRuleSetInstaller(RuleSetVersions versions, RuleSets ruleSets, ShippedDefinitions shipped,
			Reclassification reclassification, ApplicationEventPublisher events, TransactionTemplate transactions,
			RuleSetNotices notices) {
		this.notices = notices;
		this.versions = versions;
		this.ruleSets = ruleSets;
		this.shipped = shipped;
		this.reclassification = reclassification;
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		install(this.ruleSets.shipped().definition());
	}

	/**
	 * Installs a shipped rule set (its {@code version} is the shipped version) and audits
	 * it in one transaction; a new version in force then re-classifies every project.
	 */
	Outcome install(RuleSet definition) {
		Outcome outcome = this.transactions.execute((status) -> {
			Shipped<RuleSetVersion> installed = this.versions.installShipped(this.shipped, KIND, definition.version(),
					definition, "Default rules shipped with DataPact (shipped version " + definition.version() + ")");
			audit(installed, definition.version());
			return installed.outcome();
		});
		this.ruleSets.refresh();
		if (outcome == Outcome.PUBLISHED_FIRST || outcome == Outcome.PUBLISHED_NEXT) {
			this.notices.published(this.versions.inForce().map(RuleSetVersion::id).orElse(null));
		}
		if (outcome == Outcome.PUBLISHED_NEXT) {
			this.reclassification.startForNewRules();
		}
		return outcome;
	}

	private void audit(Shipped<RuleSetVersion> installed, int shippedVersion) {
		switch (installed.outcome()) {
			case PUBLISHED_FIRST,
					PUBLISHED_NEXT ->
				audit("CLASSIFICATION_RULE_SET_PUBLISHED", installed.version(),
						"version " + installed.version().version() + ": shipped version " + shippedVersion
								+ " of the default rules");
			case DRAFTED ->
				audit("CLASSIFICATION_RULE_SET_DRAFTED", installed.version(), "shipped version " + shippedVersion
						+ " of the default rules, to review: administrators published their own rules since");
			default -> {
			}
		}
	}

	private void audit(String action, RuleSetVersion version, String details) {
		this.events.publishEvent(new AuditEvent(action, RuleSetAdministration.ENTITY, version.id().toString(), null,
				null, ClassificationService.SYSTEM, AuditEvent.Outcome.SUCCESS, details));
	}

}
