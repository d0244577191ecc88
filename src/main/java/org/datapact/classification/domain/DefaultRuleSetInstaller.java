package org.datapact.classification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.datapact.classification.engine.RuleSet;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.ShippedDefinitions;
import org.datapact.shared.ShippedDefinitions.Outcome;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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

	private final RuleSetVersionRepository versions;

	private final RuleSets ruleSets;

	private final ShippedDefinitions shipped;

	private final Reclassification reclassification;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DefaultRuleSetInstaller(RuleSetVersionRepository versions, RuleSets ruleSets, ShippedDefinitions shipped,
			Reclassification reclassification, ApplicationEventPublisher events, Clock clock) {
		this.versions = versions;
		this.ruleSets = ruleSets;
		this.shipped = shipped;
		this.reclassification = reclassification;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		install(this.ruleSets.shipped().definition());
	}

	/** Installs a shipped rule set (its {@code version} is the shipped version). */
	Outcome install(RuleSet definition) {
		Outcome outcome = this.shipped.install(KIND, definition.id(), definition.version(), new Versions(definition));
		this.ruleSets.refresh();
		if (outcome == Outcome.PUBLISHED_NEXT) {
			this.reclassification.startForNewRules();
		}
		return outcome;
	}

	/** The rule set's versions in the database, for {@link ShippedDefinitions}. */
	private final class Versions implements ShippedDefinitions.Versions {

		private final RuleSet definition;

		Versions(RuleSet definition) {
			this.definition = definition;
		}

		@Override
		public Optional<UUID> latestPublished() {
			return DefaultRuleSetInstaller.this.versions.findLatestPublished(this.definition.id())
				.map(RuleSetVersion::id);
		}

		@Override
		public boolean hasDraft() {
			return DefaultRuleSetInstaller.this.versions
				.findByRuleSetKeyAndStatus(this.definition.id(), RuleSetStatus.DRAFT)
				.isPresent();
		}

		@Override
		public UUID publishShipped() {
			int number = DefaultRuleSetInstaller.this.versions.lastVersion(this.definition.id()) + 1;
			Instant now = DefaultRuleSetInstaller.this.clock.instant();
			RuleSetVersion version = RuleSetVersion.draft(this.definition, latestPublished().orElse(null), null, now);
			version.publish(this.definition, number, null, now,
					"Default rules shipped with DataPact (shipped version " + this.definition.version() + ")");
			DefaultRuleSetInstaller.this.versions.saveAndFlush(version);
			audit("CLASSIFICATION_RULE_SET_PUBLISHED", version.id(),
					"version " + number + ": shipped version " + this.definition.version() + " of the default rules");
			return version.id();
		}

		@Override
		public UUID draftShipped() {
			int number = DefaultRuleSetInstaller.this.versions.lastVersion(this.definition.id()) + 1;
			RuleSetVersion draft = RuleSetVersion.draft(RuleSetVersion.withVersion(this.definition, number),
					latestPublished().orElse(null), null, DefaultRuleSetInstaller.this.clock.instant());
			DefaultRuleSetInstaller.this.versions.saveAndFlush(draft);
			audit("CLASSIFICATION_RULE_SET_DRAFTED", draft.id(), "shipped version " + this.definition.version()
					+ " of the default rules, to review: administrators published their own rules since");
			return draft.id();
		}

		private void audit(String action, UUID id, String details) {
			DefaultRuleSetInstaller.this.events.publishEvent(new AuditEvent(action, RuleSetAdministration.ENTITY,
					id.toString(), null, null, ClassificationService.SYSTEM, AuditEvent.Outcome.SUCCESS, details));
		}

	}

}
