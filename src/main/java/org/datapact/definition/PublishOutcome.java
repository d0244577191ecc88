package org.datapact.definition;

import java.util.List;
import java.util.UUID;

/** The outcome of publishing a draft: the new version, or the problems that stop it. */
public sealed interface PublishOutcome {

	record Published(UUID id, int version) implements PublishOutcome {
	}

	record Refused(List<Problem> problems) implements PublishOutcome {

		public Refused {
			problems = List.copyOf(problems);
		}

	}

}
