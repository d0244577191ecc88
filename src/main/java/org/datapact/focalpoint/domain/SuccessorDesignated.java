package org.datapact.focalpoint.domain;

import java.util.UUID;

/**
 * Published inside the designating transaction; counterparts are written to once it
 * commits.
 */
record SuccessorDesignated(UUID organisationId, UUID successorId) {

}
