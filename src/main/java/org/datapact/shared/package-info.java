/**
 * Cross-cutting pieces every module may use: the current user, roles, audit events,
 * errors, clock, database start-up and the web layout helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.datapact.shared;
