package org.datapact.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datapact.questionnaire.domain.QuestionnaireFacts;

import org.springframework.stereotype.Component;

/** The questionnaire module's face towards other modules. */
@Component
public class Questionnaires {

	private final QuestionnaireFacts questionnaires;

	Questionnaires(QuestionnaireFacts questionnaires) {
		this.questionnaires = questionnaires;
	}

	/**
	 * The dataset inventory of a project's latest submitted revision: one entry per
	 * dataset, its answers keyed by the stable question keys of the inventory
	 * ({@code name}, {@code direct_identifiers}, {@code location_granularity}…). Values
	 * are strings, lists of option keys, {@code BigDecimal} or {@code LocalDate}; answers
	 * hidden by a condition are absent. Empty before the first submission.
	 */
	public Optional<DatasetInventory> datasets(UUID projectId) {
		return this.questionnaires.submittedDatasets(projectId)
			.map((submitted) -> new DatasetInventory(projectId, submitted.revision(), submitted.accepted(),
					submitted.datasets()
						.stream()
						.map((entry) -> new Dataset(entry.id(), new LinkedHashMap<>(entry.answers())))
						.toList()));
	}

	public record DatasetInventory(UUID projectId, int revision, boolean accepted, List<Dataset> datasets) {
	}

	public record Dataset(UUID id, Map<String, Object> attributes) {
	}

}
