package org.datapact.classification.domain;

import java.util.UUID;

import org.datapact.shared.bus.ClusterBus;
import org.datapact.shared.bus.Topic;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps every instance's rule set in force the one published last, wherever it was
 * published: a publication sends a notice on the cluster bus when it commits, and each
 * instance (the sender too) reads the rule set in force again when it hears it, or after
 * its bus reconnected (a notice may have been missed meanwhile).
 */
@Component
class RuleSetNotices implements SmartInitializingSingleton {

	static final Topic<RulesPublished> TOPIC = Topic.of("classification_rules_published", RulesPublished.class);

	/** A rule set version was published (or installed) and is in force. */
	record RulesPublished(UUID versionId) {
	}

	private final ClusterBus bus;

	private final RuleSets ruleSets;

	RuleSetNotices(ClusterBus bus, RuleSets ruleSets) {
		this.bus = bus;
		this.ruleSets = ruleSets;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.bus.subscribe(TOPIC, (notice) -> this.ruleSets.refresh());
		this.bus.onResync(this.ruleSets::refresh);
	}

	/**
	 * Tells every instance, when the caller's transaction commits (at once outside one).
	 */
	void published(UUID versionId) {
		this.bus.publish(TOPIC, new RulesPublished(versionId));
	}

}
