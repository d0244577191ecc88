package org.datapact.project;

import java.util.UUID;

/** Published in the creating transaction. */
public record ProjectCreated(UUID projectId, UUID organisationId) {

}
