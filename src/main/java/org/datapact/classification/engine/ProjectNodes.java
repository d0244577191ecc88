package org.datapact.classification.engine;

import java.util.HashSet;
import java.util.Set;

import org.datapact.classification.ProjectContext;

/**
 * The compiled conditions on the project: the contexts in force, its country.
 */
final class ProjectNodes {

	private ProjectNodes() {
	}

	abstract static class ProjectNode extends Node {

		@Override
		void attributes(Set<Integer> into) {
		}

		@Override
		boolean readsProject() {
			return true;
		}

	}

	static final class ContextNode extends ProjectNode {

		private final Set<String> anyOf;

		ContextNode(Set<String> anyOf) {
			this.anyOf = new HashSet<>(anyOf);
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			for (String context : project.contexts()) {
				if (this.anyOf.contains(context)) {
					return true;
				}
			}
			return false;
		}

		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.project(project, false, true);
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.project(project, false, true);
		}

	}

	static final class CountryNode extends ProjectNode {

		private final Set<String> anyOf;

		CountryNode(Set<String> anyOf) {
			this.anyOf = new HashSet<>(anyOf);
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			return project.country() != null && this.anyOf.contains(project.country());
		}

		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.project(project, true, false);
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			inputs.project(project, true, false);
		}

	}

}
