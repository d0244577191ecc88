package org.datapact.classification.domain;

import org.datapact.classification.Level;
import org.datapact.classification.engine.Condition;
import org.datapact.classification.engine.Rule;
import org.datapact.classification.engine.RuleSetJson;
import org.datapact.classification.engine.Scope;
import org.datapact.definition.LocalizedText;
import org.datapact.definition.PublishOutcome;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.PageQuery;

/** Helpers for tests that edit rule sets. */
public final class RuleSetTesting {

	private RuleSetTesting() {
	}

	/** Discards any draft, so that a test can make its own. */
	public static void discardDrafts(RuleSetAdministration administration, CurrentUser admin) {
		// drafts come first in the list
		administration.versions(admin, PageQuery.firstOf(PageQuery.DEFAULT_SIZE))
			.items()
			.stream()
			.filter(RuleSetSummary::isDraft)
			.forEach((draft) -> administration.discardDraft(admin, draft.id()));
	}

	/**
	 * Publishes the shipped default rules again, so that tests sharing the database keep
	 * classifying with them.
	 */
	public static void restoreDefault(RuleSetAdministration administration, CurrentUser admin) {
		discardDrafts(administration, admin);
		RuleSetSummary draft = administration.createDraft(admin, administration.inForce(admin).summary().id());
		RuleSetDetail restored = administration.edit(admin, draft.id(), draft.lockVersion(),
				new RuleSetEdit.ImportJson(RuleSetJson.write(RuleSets.loadDefault())));
		published(administration, admin, administration.publish(admin, draft.id(), restored.summary().lockVersion(),
				"Tests restore the default rules"));
	}

	/** The version a publication made; fails when it was refused. */
	public static RuleSetSummary published(RuleSetAdministration administration, CurrentUser admin,
			PublishOutcome outcome) {
		if (!(outcome instanceof PublishOutcome.Published published)) {
			throw new AssertionError("Publishing was refused: " + outcome);
		}
		return administration.get(admin, published.id()).summary();
	}

	/** A rule making datasets with security data Secret. */
	public static Rule securityDataRule(String key) {
		return new Rule(key, LocalizedText.of("Security data", "Données de sécurité"), Level.SECRET, Scope.everywhere(),
				Condition.in("security_data", "yes"),
				LocalizedText.of("Security data is Secret.", "Les données de sécurité sont secrètes."),
				"Test reference");
	}

}
