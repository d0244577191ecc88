package org.datapact.organisation;

/** Someone a notification can be sent to. */
public record Recipient(String displayName, String email) {
}
