/**
 * Discussion threads about something another module owns: a questionnaire answer's
 * clarification, a plan section's comments. A thread is anchored in its owner
 * ({@link org.datapact.discussion.Anchor}), holds messages in order (each with its
 * author, time and the people it mentions), and is open until someone resolves it; it can
 * be reopened. Who may take part is the owner's rule: the calling module checks it first
 * and names the owner in every call, so a thread of another owner answers 404. Public
 * API: {@link org.datapact.discussion.Discussions}.
 */
package org.datapact.discussion;
