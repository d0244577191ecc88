/**
 * The home page: each person's next steps and, for administrators, what needs attention
 * across organisations.
 */
package org.datapact.dashboard;
