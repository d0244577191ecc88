package org.datapact.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.datapact.classification.Level;
import org.datapact.definition.LocalizedText;
import org.datapact.focalpoint.FocalPointRole;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a plan generated from what other modules hold, computed each time the plan
 * is read so that they always agree with the questionnaire, the classification and the
 * focal points in force: a focal point handover or a new classification run needs no plan
 * edit.
 *
 * @param questionnaireAccepted whether the dataset inventory comes from an accepted
 * questionnaire revision (else from the latest submitted one, or there is none)
 */
public record GeneratedParts(Contacts contacts, boolean questionnaireAccepted, List<DatasetRow> datasets,
		@Nullable ClassificationPart classification) {

	public GeneratedParts {
		datasets = List.copyOf(datasets);
	}

	/**
	 * Project, partner, the project's champion and scopers, and both sides' focal points.
	 */
	public record Contacts(String projectTitle, String partnerName, List<String> champions, List<String> scopers,
			List<FocalPointLine> focalPoints) {

		public Contacts {
			champions = List.copyOf(champions);
			scopers = List.copyOf(scopers);
			focalPoints = List.copyOf(focalPoints);
		}

	}

	/** The current holder of a focal point role, or a vacancy (no name). */
	public record FocalPointLine(String organisationName, FocalPointRole role, @Nullable String name,
			@Nullable String title, @Nullable String email, @Nullable String mobile) {

		public boolean vacant() {
			return this.name == null;
		}

	}

	/**
	 * One dataset of the inventory as the plan shows it, with its final level when it is
	 * classified; Secret data is out of scope for routine sharing (IOM Table B).
	 */
	public record DatasetRow(String id, String name, String purpose, String fields, String source,
			String collectionPeriod, String refreshCadence, String consentBasis, String deleteBy,
			@Nullable Level level) {

		public boolean outOfScopeForSharing() {
			return this.level == Level.SECRET;
		}

	}

	/** The classification in force: the project level, the rule set, the review date. */
	public record ClassificationPart(Level computedLevel, Level projectLevel, String ruleSetId, int ruleSetVersion,
			LocalDate reviewBy, Set<String> contexts, int combinations, List<ClassifiedRow> datasets) {

		public ClassificationPart {
			contexts = Set.copyOf(contexts);
			datasets = List.copyOf(datasets);
		}

	}

	/** One dataset's levels and the rules that fired for it. */
	public record ClassifiedRow(String name, Level computedLevel, Level finalLevel, boolean overridden,
			boolean needsConfirmation, List<LocalizedText> rules) {

		public ClassifiedRow {
			rules = List.copyOf(rules);
		}

	}

}
