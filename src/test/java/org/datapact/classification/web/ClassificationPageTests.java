package org.datapact.classification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.classification.FiredRule;
import org.datapact.classification.Level;
import org.datapact.definition.LocalizedText;
import org.datapact.classification.RunTrigger;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.StoredClassification.StoredDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a dataset's card says beside its rules: a small count taken for people because the
 * questionnaire (answered before the question existed) does not say what it counts.
 */
class ClassificationPageTests {

	static final LocalizedText TEXT = LocalizedText.of("Text", "Texte");

	@Test
	void aCountWhoseUnitIsNotGivenInvitesTheScoperToAskThePartner() {
		Map<String, Object> unknown = new HashMap<>();
		unknown.put("smallest_count", 2);
		unknown.put("counted_unit", null);
		StoredDataset old = dataset("old",
				new FiredRule("small_counts_fine_granularity", Level.SECRET, TEXT, TEXT, "Reference", unknown));
		StoredDataset answered = dataset("answered", new FiredRule("small_counts_fine_granularity", Level.SECRET, TEXT,
				TEXT, "Reference", Map.of("smallest_count", 2, "counted_unit", "households")));
		StoredClassification run = new StoredClassification(UUID.randomUUID(), UUID.randomUUID(), "rules", 2, 1,
				Level.SECRET, Level.SECRET, List.of(old, answered), List.of(), LocalDate.now(), Instant.now(),
				RunTrigger.SUBMITTED, null, "KE", Set.of());

		ClassificationPage page = ClassificationPage.of(run, List.of(), Map.of(), List.of(), Locale.ENGLISH);

		assertThat(page.datasets()).extracting(ClassificationPage.DatasetCard::countedUnitUnknown)
			.containsExactly(true, false);
	}

	private static StoredDataset dataset(String id, FiredRule rule) {
		return new StoredDataset(id, id, Level.SECRET, Level.SECRET, Level.SECRET, List.of(rule), List.of(), null, null,
				null, LocalDate.now(), false);
	}

}
