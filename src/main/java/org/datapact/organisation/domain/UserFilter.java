package org.datapact.organisation.domain;

import java.util.UUID;

/**
 * Which users a list shows: optionally one organisation's, optionally those whose name or
 * username contains a text.
 */
public record UserFilter(UUID organisationId, String text) {

}
