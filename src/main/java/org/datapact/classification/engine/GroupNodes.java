package org.datapact.classification.engine;

import java.util.Set;

import org.datapact.classification.ProjectContext;

/**
 * The compiled {@code all}, {@code any} and {@code not} of conditions.
 */
final class GroupNodes {

	private GroupNodes() {
	}

	/**
	 * A group of conditions: it reads what each of them reads, whichever decide the
	 * group's outcome.
	 */
	abstract static class Group extends Node {

		final Node[] children;

		Group(Node[] children) {
			this.children = children;
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			for (Node child : this.children) {
				child.read(facts, project, inputs);
			}
		}

		@Override
		void attributes(Set<Integer> into) {
			for (Node child : this.children) {
				child.attributes(into);
			}
		}

		@Override
		boolean readsProject() {
			for (Node child : this.children) {
				if (child.readsProject()) {
					return true;
				}
			}
			return false;
		}

	}

	static final class AllNode extends Group {

		AllNode(Node[] children) {
			super(children);
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			for (Node child : this.children) {
				if (!child.test(facts, project)) {
					return false;
				}
			}
			return true;
		}

		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			for (Node child : this.children) {
				child.explain(facts, project, inputs);
			}
		}

	}

	static final class AnyNode extends Group {

		AnyNode(Node[] children) {
			super(children);
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			for (Node child : this.children) {
				if (child.test(facts, project)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Every alternative that holds, not only the first, so the order never matters.
		 */
		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			for (Node child : this.children) {
				if (child.test(facts, project)) {
					child.explain(facts, project, inputs);
				}
			}
		}

	}

	static final class NotNode extends Node {

		private final Node child;

		NotNode(Node child) {
			this.child = child;
		}

		@Override
		boolean test(Facts facts, ProjectContext project) {
			return !this.child.test(facts, project);
		}

		/** What the negated condition read is what made it fail. */
		@Override
		void explain(Facts facts, ProjectContext project, Inputs inputs) {
			this.child.read(facts, project, inputs);
		}

		@Override
		void read(Facts facts, ProjectContext project, Inputs inputs) {
			this.child.read(facts, project, inputs);
		}

		@Override
		void attributes(Set<Integer> into) {
			this.child.attributes(into);
		}

		@Override
		boolean readsProject() {
			return this.child.readsProject();
		}

	}

}
