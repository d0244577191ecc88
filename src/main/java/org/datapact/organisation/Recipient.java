package org.datapact.organisation;

import java.util.Locale;

/** Someone a notification can be sent to, in their language. */
public record Recipient(String displayName, String email, Locale language) {
}
