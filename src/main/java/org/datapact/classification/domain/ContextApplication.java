package org.datapact.classification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.datapact.classification.RunTrigger;
import org.datapact.classification.domain.ContextApplied.Change;
import org.datapact.classification.domain.ReassessmentMark.Clearance;
import org.datapact.classification.domain.ReassessmentMark.Reason;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the start or the end of a declared context to the open projects of its country,
 * in the caller's transaction: a project with a submitted questionnaire is classified
 * again (with the contexts in force today) and marked for re-assessment; when the context
 * ends, a project with nothing submitted has nothing to re-assess, so the marks that
 * context made are cleared instead.
 */
@Component
class ContextApplication {

	private static final Logger log = LoggerFactory.getLogger(ContextApplication.class);

	static final RunTrigger TRIGGER = RunTrigger.CONTEXT;

	private final ClassificationService classifications;

	private final Projects projects;

	private final Reassessments reassessments;

	private final ApplicationEventPublisher events;

	ContextApplication(ClassificationService classifications, Projects projects, Reassessments reassessments,
			ApplicationEventPublisher events) {
		this.classifications = classifications;
		this.projects = projects;
		this.reassessments = reassessments;
		this.events = events;
	}

	/** Returns the projects marked for re-assessment. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<UUID> apply(UUID contextId, String country, Change change, UUID actorOrNull) {
		List<UUID> marked = new ArrayList<>();
		for (ProjectSummary project : this.projects.all()) {
			if (!country.equals(project.countryCode()) || project.status() == ProjectStatus.CLOSED) {
				continue;
			}
			boolean submitted = this.classifications.classifiable(project.id());
			if (change == Change.ENDED && !submitted) {
				this.reassessments.clearOfContext(project.id(), contextId, Clearance.CONTEXT_ENDED);
				continue;
			}
			this.reassessments.mark(project.id(), contextId,
					(change == Change.STARTED) ? Reason.CONTEXT_STARTED : Reason.CONTEXT_ENDED);
			marked.add(project.id());
			if (submitted) {
				try {
					this.classifications.classify(project.id(), TRIGGER, actorOrNull);
				}
				catch (InvalidRequestException ex) {
					// answers the rules cannot read (checked before anything is written):
					// the project stays marked for a scoper to look at
					log.warn("Project {} could not be classified again: {}", project.id(), ex.messageKey());
				}
			}
		}
		this.events.publishEvent(new ContextApplied(contextId, change, List.copyOf(marked)));
		return marked;
	}

}
