package org.datapact.classification.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.classification.engine.InvalidRuleSetException;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetJson;
import org.datapact.definition.DefinitionStatus;
import org.datapact.definition.DefinitionVersions;
import org.datapact.definition.Problem;

import org.springframework.stereotype.Component;

/**
 * Classification rule sets as versioned definitions. A rule set carries its version
 * number, and every edit of a draft is checked against the dataset inventory at once, so
 * a draft is always usable (on the test bench, in the impact preview).
 */
@Component
class RuleSetVersions extends DefinitionVersions<RuleSet, RuleSetVersion> {

	static final String ENTITY = "ClassificationRuleSet";

	private final RuleSetVersionRepository versions;

	RuleSetVersions(RuleSetVersionRepository versions, Clock clock) {
		super(versions, new Messages(ENTITY, "basedOn", "classification.ruleSet.draftExists",
				"classification.ruleSet.draftFromDraft", "classification.ruleSet.notEditable"), clock);
		this.versions = versions;
	}

	/** The newest published version of any rule set: the one in force. */
	Optional<RuleSetVersion> inForce() {
		return this.versions.findFirstByStatusOrderByPublishedAtDescVersionDesc(DefinitionStatus.PUBLISHED);
	}

	@Override
	protected RuleSet read(String json) {
		return RuleSetJson.read(json);
	}

	@Override
	protected String write(RuleSet ruleSet) {
		return RuleSetJson.write(ruleSet);
	}

	@Override
	protected String key(RuleSet ruleSet) {
		return ruleSet.id();
	}

	@Override
	protected String title(RuleSet ruleSet) {
		String name = ruleSet.name().in(Locale.ENGLISH);
		return name.isBlank() ? ruleSet.id() : name;
	}

	@Override
	protected List<Problem> problems(RuleSet ruleSet) {
		try {
			CompiledRuleSet.compile(ruleSet);
			return List.of();
		}
		catch (InvalidRuleSetException ex) {
			return ex.details();
		}
	}

	@Override
	protected List<Problem> editProblems(RuleSet ruleSet) {
		return problems(ruleSet);
	}

	@Override
	protected RuleSet numbered(RuleSet ruleSet, int version) {
		return ruleSet.withVersion(version);
	}

	@Override
	protected RuleSetVersion newDraft(String key, UUID basedOn, UUID by, Instant now) {
		return new RuleSetVersion(key, basedOn, by, now);
	}

}
