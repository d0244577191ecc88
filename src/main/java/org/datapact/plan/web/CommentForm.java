package org.datapact.plan.web;

/** A comment or a reply from the plan page. */
record CommentForm(String body) {
}
