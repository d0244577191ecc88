package org.datapact.classification.domain;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes the shipped default rule set as version 1 on first start. Later versions are
 * made by admins in the rule set editor; this never overwrites them.
 */
@Component
class DefaultRuleSetInstaller implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DefaultRuleSetInstaller.class);

	private final RuleSetVersionRepository versions;

	private final RuleSets ruleSets;

	private final Clock clock;

	DefaultRuleSetInstaller(RuleSetVersionRepository versions, RuleSets ruleSets, Clock clock) {
		this.versions = versions;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.versions.existsByStatus(RuleSetStatus.PUBLISHED)) {
			RuleSetVersion version = RuleSetVersion.draft(this.ruleSets.shipped().definition(), null, null,
					this.clock.instant());
			version.publish(this.ruleSets.shipped().definition(), 1, null, this.clock.instant(),
					"Default rule set shipped with DataPact");
			this.versions.saveAndFlush(version);
			log.info("Published the default classification rule set as version 1");
		}
		this.ruleSets.refresh();
	}

}
