/**
 * Sends e-mail to people, in their language, from templates under
 * {@code templates/mail/}.
 */
package org.datapact.notification;
