package org.datapact.classification.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where the rule set in force comes from: the newest published version kept in the
 * database, compiled once and kept in memory until another version is published. The
 * default rule set shipped with DataPact is checked and compiled at start-up (a broken
 * one stops the start) and installed as version 1 when the database has none; until then
 * it is the one in force.
 */
@Component
public class RuleSets {

	/** The class path resource holding the default rule set. */
	public static final String DEFAULT_RESOURCE = "classification/default-rule-set.json";

	/** Every rule's texts must exist in each interface language. */
	static final List<String> INTERFACE_LANGUAGES = List.of("en", "fr");

	private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

	private final RuleSetVersions versions;

	private final CompiledRuleSet shipped;

	/** Published versions never change: compiled once each, by row id. */
	private final Map<java.util.UUID, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

	private volatile CompiledRuleSet current;

	RuleSets(RuleSetVersions versions) {
		this.versions = versions;
		this.shipped = CompiledRuleSet.compile(loadDefault());
		log.info("Default classification rule set {} version {} checked: {} rules, {} combination rules",
				this.shipped.definition().id(), this.shipped.definition().version(),
				this.shipped.definition().rules().size(), this.shipped.definition().combinationRules().size());
	}

	/**
	 * The default rule set as shipped, checked against the dataset inventory contract.
	 */
	public static RuleSet loadDefault() {
		try (InputStream json = new ClassPathResource(DEFAULT_RESOURCE).getInputStream()) {
			RuleSet ruleSet = RuleSetJson.read(json);
			if (!ruleSet.languages().containsAll(INTERFACE_LANGUAGES)) {
				throw new IllegalStateException("The default rule set must have texts in " + INTERFACE_LANGUAGES);
			}
			return ruleSet;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, ex);
		}
	}

	/** The rule set in force: the newest published version. */
	public CompiledRuleSet current() {
		CompiledRuleSet rules = this.current;
		if (rules == null) {
			rules = refresh();
		}
		return rules;
	}

	/** Reads the newest published version again (after a publication). */
	synchronized CompiledRuleSet refresh() {
		CompiledRuleSet rules = this.versions.inForce().map(this::compiled).orElse(null);
		this.current = rules;
		return (rules != null) ? rules : this.shipped;
	}

	/** A version's compiled rules; published ones are compiled once. */
	CompiledRuleSet compiled(RuleSetVersion version) {
		if (version.isDraft()) {
			return CompiledRuleSet.compile(RuleSetJson.read(version.definition()));
		}
		return this.compiled.computeIfAbsent(version.id(),
				(id) -> CompiledRuleSet.compile(RuleSetJson.read(version.definition())));
	}

	CompiledRuleSet shipped() {
		return this.shipped;
	}

}
