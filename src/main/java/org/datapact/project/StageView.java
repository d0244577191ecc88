package org.datapact.project;

import java.util.List;
import java.util.Objects;

/**
 * One stage of a project as one person sees it: its state with a message (a key of the
 * message bundles and its arguments), and optionally what this person should do next and
 * where.
 */
public record StageView(StageKey stage, StageState state, String stateMessageKey, List<Object> stateArguments,
		String nextActionMessageKey, String nextActionUrl) {

	public StageView {
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(stateMessageKey, "stateMessageKey");
		stateArguments = (stateArguments != null) ? List.copyOf(stateArguments) : List.of();
	}

	/** Whether there is something for the viewer to do, with a place to do it. */
	public boolean hasNextAction() {
		return this.nextActionMessageKey != null;
	}

}
