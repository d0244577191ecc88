package org.datapact.classification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.classification.DatasetClassification;
import org.datapact.classification.Level;
import org.datapact.classification.ProjectEvaluation;
import org.datapact.classification.StoredClassification;
import org.datapact.classification.domain.ClassificationInputs.ProjectInputs;
import org.datapact.classification.domain.ImpactPreview.DatasetImpact;
import org.datapact.classification.domain.ImpactPreview.ProjectImpact;
import org.datapact.classification.engine.CompiledRuleSet;
import org.datapact.shared.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * The impact preview: a candidate rule set version evaluated on every classifiable
 * project's stored inputs and compared with the project's latest stored result. Saves
 * nothing.
 */
@Service
public class RuleSetImpact {

	private final RuleSetAdministration administration;

	private final ClassificationService classifications;

	private final ClassificationInputs inputs;

	private final RuleSets ruleSets;

	RuleSetImpact(RuleSetAdministration administration, ClassificationService classifications,
			ClassificationInputs inputs, RuleSets ruleSets) {
		this.administration = administration;
		this.classifications = classifications;
		this.inputs = inputs;
		this.ruleSets = ruleSets;
	}

	public ImpactPreview preview(CurrentUser me, UUID versionId) {
		CompiledRuleSet candidate = this.administration.compiled(me, versionId);
		CompiledRuleSet inForce = this.ruleSets.current();
		List<ProjectImpact> changes = new ArrayList<>();
		int checked = 0;
		int datasetsChanged = 0;
		int projectsChanged = 0;
		int failures = 0;
		for (UUID projectId : this.classifications.classifiableProjects()) {
			Optional<ProjectInputs> inputs = this.inputs.of(projectId);
			if (inputs.isEmpty()) {
				continue;
			}
			checked++;
			ProjectEvaluation next;
			try {
				next = candidate.evaluate(inputs.get().context(), inputs.get().datasets());
			}
			catch (RuntimeException ex) {
				failures++;
				continue;
			}
			Optional<StoredClassification> stored = this.classifications.current(projectId);
			ProjectEvaluation before = stored.isPresent() ? null
					: inForce.evaluate(inputs.get().context(), inputs.get().datasets());
			List<DatasetImpact> datasets = new ArrayList<>();
			for (DatasetClassification dataset : next.datasets()) {
				Level from = stored.isPresent()
						? stored.get()
							.dataset(dataset.datasetId())
							.map(StoredClassification.StoredDataset::computedLevel)
							.orElse(null)
						: before.dataset(dataset.datasetId()).map(DatasetClassification::level).orElse(null);
				if (from != dataset.level()) {
					datasets.add(new DatasetImpact(dataset.datasetId(), dataset.name(), from, dataset.level()));
				}
			}
			Level projectFrom = stored.isPresent() ? stored.get().computedLevel() : before.projectLevel();
			if (!datasets.isEmpty() || projectFrom != next.projectLevel()) {
				datasetsChanged += datasets.size();
				if (projectFrom != next.projectLevel()) {
					projectsChanged++;
				}
				changes.add(new ProjectImpact(projectId, inputs.get().context().title(), projectFrom,
						next.projectLevel(), stored.map(StoredClassification::ruleSetVersion).orElse(null), datasets));
			}
		}
		return new ImpactPreview(candidate.definition().version(), checked, projectsChanged, datasetsChanged, failures,
				changes);
	}

}
