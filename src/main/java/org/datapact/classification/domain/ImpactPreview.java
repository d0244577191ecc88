package org.datapact.classification.domain;

import java.util.List;
import java.util.UUID;

import org.datapact.classification.Level;

/**
 * What publishing a version would change on the live projects: every classifiable project
 * evaluated with the candidate rules and compared with its latest stored result (or, for
 * a project not classified yet, with the rules in force).
 */
public record ImpactPreview(int ruleSetVersion, int projectsChecked, int projectsChanged, int datasetsChanged,
		int failures, List<ProjectImpact> changes) {

	/** A project whose level or some of whose datasets' levels would change. */
	public record ProjectImpact(UUID projectId, String title, Level from, Level to, Integer storedVersion,
			List<DatasetImpact> datasets) {

		public boolean levelChanges() {
			return this.from != this.to;
		}

	}

	/**
	 * A dataset whose level would change, from its stored computed level to the new one.
	 */
	public record DatasetImpact(String datasetId, String name, Level from, Level to) {

	}

}
