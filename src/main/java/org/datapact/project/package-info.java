/**
 * Projects with partner organisations and who works on them. Public API: the
 * {@link org.datapact.project.Projects} facade, its records and enums, the events
 * {@link org.datapact.project.ProjectCreated},
 * {@link org.datapact.project.ProjectStatusChanged} and
 * {@link org.datapact.project.ProjectMembershipChanged}, and the
 * {@link org.datapact.project.ProjectStage} SPI through which other modules fill in the
 * project's pipeline.
 */
package org.datapact.project;
