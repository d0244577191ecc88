package org.datapact.plan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datapact.classification.Classifier;
import org.datapact.classification.FiredRule;
import org.datapact.classification.Level;
import org.datapact.classification.StoredClassification;
import org.datapact.focalpoint.FocalPointContact;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.focalpoint.FocalPoints;
import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.Organisations;
import org.datapact.plan.domain.GeneratedParts.ClassificationPart;
import org.datapact.plan.domain.GeneratedParts.ClassifiedRow;
import org.datapact.plan.domain.GeneratedParts.Contacts;
import org.datapact.plan.domain.GeneratedParts.DatasetRow;
import org.datapact.plan.domain.GeneratedParts.FocalPointLine;
import org.datapact.project.ProjectMember;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectSummary;
import org.datapact.project.Projects;
import org.datapact.questionnaire.Questionnaires;
import org.datapact.questionnaire.Questionnaires.DatasetInventory;

import org.springframework.stereotype.Component;

/**
 * Builds a plan's generated parts from the modules that own the facts, through their
 * facades, with a fixed number of queries however many revisions the plan has.
 */
@Component
class PlanContents {

	private final Projects projects;

	private final Organisations organisations;

	private final FocalPoints focalPoints;

	private final Questionnaires questionnaires;

	private final Classifier classifier;

	PlanContents(Projects projects, Organisations organisations, FocalPoints focalPoints, Questionnaires questionnaires,
			Classifier classifier) {
		this.projects = projects;
		this.organisations = organisations;
		this.focalPoints = focalPoints;
		this.questionnaires = questionnaires;
		this.classifier = classifier;
	}

	GeneratedParts of(ProjectSummary project) {
		Optional<StoredClassification> classification = this.classifier.current(project.id());
		Optional<DatasetInventory> inventory = this.questionnaires.datasets(project.id());
		return new GeneratedParts(contacts(project), inventory.map(DatasetInventory::accepted).orElse(false),
				datasets(inventory, classification), classification.map(PlanContents::classification).orElse(null));
	}

	private Contacts contacts(ProjectSummary project) {
		List<ProjectMember> members = this.projects.members(project.id());
		List<FocalPointLine> lines = new ArrayList<>();
		addFocalPoints(lines, project.organisationId(), project.organisationName());
		this.organisations.all()
			.stream()
			.filter((o) -> o.kind() == OrganisationKind.OPERATOR && o.active())
			.findFirst()
			.ifPresent((operator) -> addFocalPoints(lines, operator.id(), operator.name()));
		return new Contacts(project.title(), project.organisationName(), names(members, ProjectRole.PROJECT_CHAMPION),
				names(members, ProjectRole.SCOPER), lines);
	}

	private void addFocalPoints(List<FocalPointLine> lines, UUID organisationId, String organisationName) {
		for (FocalPointRole role : FocalPointRole.values()) {
			Optional<FocalPointContact> holder = this.focalPoints.currentHolder(organisationId, role);
			lines.add(holder
				.map((h) -> new FocalPointLine(organisationName, role, h.name(), h.title(), h.email(), h.mobile()))
				.orElseGet(() -> new FocalPointLine(organisationName, role, null, null, null, null)));
		}
	}

	private static List<String> names(Collection<ProjectMember> members, ProjectRole role) {
		return members.stream().filter((m) -> m.role() == role).map(ProjectMember::displayName).toList();
	}

	private static List<DatasetRow> datasets(Optional<DatasetInventory> inventory,
			Optional<StoredClassification> classification) {
		if (inventory.isEmpty()) {
			return List.of();
		}
		Map<String, Level> levels = new HashMap<>();
		classification.ifPresent((c) -> c.datasets().forEach((d) -> levels.put(d.datasetId(), d.finalLevel())));
		return inventory.get().datasets().stream().map((dataset) -> {
			Map<String, Object> a = dataset.attributes();
			String id = dataset.id().toString();
			String period = text(a.get("collection_start"))
					+ ((a.get("collection_end") != null) ? " – " + text(a.get("collection_end")) : "");
			return new DatasetRow(id, text(a.get("name")), text(a.get("purpose")), text(a.get("fields")),
					text(a.get("source")), period, text(a.get("refresh_cadence")), text(a.get("consent_basis")),
					text(a.get("delete_by")), levels.get(id));
		}).toList();
	}

	private static ClassificationPart classification(StoredClassification run) {
		List<ClassifiedRow> rows = run.datasets()
			.stream()
			.map((d) -> new ClassifiedRow(d.name(), d.computedLevel(), d.finalLevel(), d.overridden(),
					d.needsConfirmation(), d.firedRules().stream().map(FiredRule::description).toList()))
			.toList();
		return new ClassificationPart(run.computedLevel(), run.projectLevel(), run.ruleSetId(), run.ruleSetVersion(),
				run.reviewBy(), run.contexts(), run.combinations().size(), rows);
	}

	/** An answer as text: lists of option keys joined, numbers plain, absent as empty. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> values) {
			return String.join(", ", values.stream().map(String::valueOf).toList());
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		return String.valueOf(value);
	}

}
