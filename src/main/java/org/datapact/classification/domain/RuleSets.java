package org.datapact.classification.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.classification.engine.RuleSet;
import org.datapact.classification.engine.RuleSetJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Where the rule set in force comes from. For now it is the default rule set shipped with
 * DataPact, checked and compiled at start-up (a broken one stops the start); versioned
 * rule sets kept in the database will replace it behind {@link #current()}.
 */
@Component
public class RuleSets {

	/** The class path resource holding the default rule set. */
	public static final String DEFAULT_RESOURCE = "classification/default-rule-set.json";

	/** Every rule's texts must exist in each interface language. */
	static final List<String> INTERFACE_LANGUAGES = List.of("en", "fr");

	private static final Logger log = LoggerFactory.getLogger(RuleSets.class);

	private final CompiledRuleSet current;

	RuleSets() {
		this.current = CompiledRuleSet.compile(loadDefault());
		log.info("Classification rule set {} version {} loaded: {} rules, {} combination rules",
				this.current.definition().id(), this.current.definition().version(),
				this.current.definition().rules().size(), this.current.definition().combinationRules().size());
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

	/** The rule set in force. */
	public CompiledRuleSet current() {
		return this.current;
	}

}
