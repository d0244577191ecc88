package org.datapact.classification.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.datapact.classification.DatasetFacts;
import org.datapact.classification.ProjectContext;
import org.datapact.classification.engine.AttributeCatalog;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.questionnaire.Questionnaires;
import org.datapact.questionnaire.Questionnaires.DatasetInventory;

import org.springframework.stereotype.Component;

/**
 * What the rules engine gets for a project: its context (country, the named contexts in
 * force there today) and its datasets from the latest submitted questionnaire revision.
 */
@Component
class ClassificationInputs {

	private final Projects projects;

	private final Questionnaires questionnaires;

	private final ContextDeclarations contexts;

	private final Clock clock;

	ClassificationInputs(Projects projects, Questionnaires questionnaires, ContextDeclarations contexts, Clock clock) {
		this.projects = projects;
		this.questionnaires = questionnaires;
		this.contexts = contexts;
		this.clock = clock;
	}

	/** What the engine gets for a project; empty when nothing was submitted yet. */
	record ProjectInputs(UUID projectId, ProjectContext context, List<DatasetFacts> datasets) {
	}

	/**
	 * The project's context and datasets; empty when there is no such project or nothing
	 * was submitted. Answers to keys outside the dataset inventory are left out; a
	 * dataset's id is its questionnaire entry id.
	 */
	Optional<ProjectInputs> of(UUID projectId) {
		Optional<ProjectSummary> project = this.projects.get(projectId);
		if (project.isEmpty()) {
			return Optional.empty();
		}
		return this.questionnaires.datasets(projectId)
			.map((inventory) -> new ProjectInputs(projectId, context(project.get()), facts(inventory)));
	}

	/** The latest submitted dataset inventory of the project, if any. */
	Optional<DatasetInventory> inventory(UUID projectId) {
		return this.questionnaires.datasets(projectId);
	}

	ProjectContext context(ProjectSummary project) {
		return new ProjectContext(project.id(), project.title(), project.countryCode(),
				this.contexts.inForce(project.countryCode(), today()));
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	static List<DatasetFacts> facts(DatasetInventory inventory) {
		AttributeCatalog catalog = AttributeCatalog.datasetInventory();
		return inventory.datasets().stream().map((dataset) -> {
			Map<String, Object> attributes = new LinkedHashMap<>();
			dataset.attributes().forEach((key, value) -> {
				if (catalog.indexOf(key) >= 0 && value != null) {
					attributes.put(key, (value instanceof Collection<?> values) ? new TreeSet<>(values) : value);
				}
			});
			return new DatasetFacts(dataset.id().toString(), attributes);
		}).toList();
	}

}
