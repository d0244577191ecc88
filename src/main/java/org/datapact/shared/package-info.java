/**
 * Cross-cutting pieces every module may use: the current user, roles, audit events,
 * errors, clock, database start-up and the web layout helpers; the cluster bus between
 * instances ({@code bus}), live rooms with presence over Server-Sent Events
 * ({@code live}), and text utilities: three-way merge, word diff and safe Markdown
 * ({@code text}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.datapact.shared;
