package org.datapact.project.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStatus;
import org.datapact.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project aggregate's guarded transitions and membership rules, without Spring. */
class ProjectTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final UUID SCOPER = UUID.randomUUID();

	@Test
	void aNewProjectIsScoping() {
		assertThat(project().getStatus()).isEqualTo(ProjectStatus.SCOPING);
	}

	@ParameterizedTest
	@CsvSource({ "SCOPING, DESIGN", "DESIGN, ACTIVE", "ACTIVE, CLOSED", "DESIGN, SCOPING", "ACTIVE, DESIGN" })
	void movesOneStepForwardOrBack(ProjectStatus from, ProjectStatus to) {
		Project project = projectIn(from);
		assertThat(project.moveTo(to, NOW)).isEqualTo(from);
		assertThat(project.getStatus()).isEqualTo(to);
	}

	@ParameterizedTest
	@CsvSource({ "SCOPING, ACTIVE", "SCOPING, CLOSED", "SCOPING, SCOPING", "DESIGN, CLOSED", "DESIGN, DESIGN",
			"ACTIVE, SCOPING", "ACTIVE, ACTIVE", "CLOSED, ACTIVE", "CLOSED, DESIGN", "CLOSED, SCOPING",
			"CLOSED, CLOSED" })
	void refusesEveryOtherMoveAndKeepsTheStatus(ProjectStatus from, ProjectStatus to) {
		Project project = projectIn(from);
		assertThatThrownBy(() -> project.moveTo(to, NOW)).isInstanceOf(InvalidRequestException.class)
			.extracting((ex) -> ((InvalidRequestException) ex).messageKey())
			.isIn("project.status.notAllowed", "project.closed");
		assertThat(project.getStatus()).isEqualTo(from);
	}

	@Test
	void aMissingTargetIsRefused() {
		assertThatThrownBy(() -> project().moveTo(null, NOW)).isInstanceOf(InvalidRequestException.class)
			.hasMessage("project.status.required");
	}

	@Test
	void allowedMovesMatchTheGuard() {
		for (ProjectStatus from : ProjectStatus.values()) {
			for (ProjectStatus to : ProjectStatus.values()) {
				Project project = projectIn(from);
				boolean allowed = Project.movesFrom(from).contains(to);
				if (allowed) {
					project.moveTo(to, NOW);
				}
				else {
					assertThatThrownBy(() -> project.moveTo(to, NOW)).isInstanceOf(InvalidRequestException.class);
				}
			}
		}
		assertThat(Project.movesFrom(ProjectStatus.CLOSED)).isEmpty();
	}

	@Test
	void aClosedProjectIsReadOnly() {
		Project project = projectIn(ProjectStatus.ACTIVE);
		UUID member = UUID.randomUUID();
		project.addMember(member, ProjectRole.VOLUNTEER, SCOPER, NOW);
		project.moveTo(ProjectStatus.CLOSED, NOW);
		assertClosed(() -> project.update(details("Changed", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)), NOW));
		assertClosed(() -> project.addMember(UUID.randomUUID(), ProjectRole.SCOPER, SCOPER, NOW));
		assertClosed(() -> project.changeRole(member, ProjectRole.PARTNER_STAFF, NOW));
		assertClosed(() -> project.removeMember(member));
		assertThat(project.getTitle()).isEqualTo("Displacement dashboard");
		assertThat(project.roleOf(member)).contains(ProjectRole.VOLUNTEER);
	}

	@Test
	void theEndCannotComeBeforeTheStart() {
		assertThatThrownBy(() -> new Project(UUID.randomUUID(),
				details("Backwards", LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)), SCOPER, NOW))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessage("project.endDate.beforeStart");
		Project project = project();
		assertThatThrownBy(
				() -> project.update(details("Backwards", LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)), NOW))
			.isInstanceOf(InvalidRequestException.class);
		assertThat(project.getTitle()).isEqualTo("Displacement dashboard");
		// one day is a valid project
		project.update(details("One day", LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 2)), NOW);
		assertThat(project.getTitle()).isEqualTo("One day");
	}

	@Test
	void atMostOneChampion() {
		Project project = project();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		project.addMember(first, ProjectRole.PROJECT_CHAMPION, SCOPER, NOW);
		project.addMember(second, ProjectRole.PARTNER_STAFF, SCOPER, NOW);
		assertThatThrownBy(() -> project.addMember(UUID.randomUUID(), ProjectRole.PROJECT_CHAMPION, SCOPER, NOW))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessage("project.member.championTaken");
		assertThatThrownBy(() -> project.changeRole(second, ProjectRole.PROJECT_CHAMPION, NOW))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessage("project.member.championTaken");
		// the champion keeping the role is no conflict; handing it over works in two
		// steps
		project.changeRole(first, ProjectRole.PROJECT_CHAMPION, NOW);
		project.changeRole(first, ProjectRole.PARTNER_STAFF, NOW);
		project.changeRole(second, ProjectRole.PROJECT_CHAMPION, NOW);
		assertThat(project.roleOf(second)).contains(ProjectRole.PROJECT_CHAMPION);
	}

	@Test
	void aPersonIsAMemberOnce() {
		Project project = project();
		UUID person = UUID.randomUUID();
		project.addMember(person, ProjectRole.VOLUNTEER, SCOPER, NOW);
		assertThatThrownBy(() -> project.addMember(person, ProjectRole.SCOPER, SCOPER, NOW))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessage("project.member.already");
		assertThat(project.removeMember(person)).isEqualTo(ProjectRole.VOLUNTEER);
		assertThat(project.roleOf(person)).isEmpty();
		assertThatThrownBy(() -> project.removeMember(person)).isInstanceOf(InvalidRequestException.class)
			.hasMessage("project.member.notMember");
	}

	private static void assertClosed(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
		assertThatThrownBy(change).isInstanceOf(InvalidRequestException.class).hasMessage("project.closed");
	}

	private static Project projectIn(ProjectStatus status) {
		Project project = project();
		for (ProjectStatus step : ProjectStatus.values()) {
			if (project.getStatus() == status) {
				break;
			}
			project.moveTo(ProjectStatus.values()[project.getStatus().ordinal() + 1], NOW);
			assertThat(step).isNotNull();
		}
		return project;
	}

	private static Project project() {
		return new Project(UUID.randomUUID(),
				details("Displacement dashboard", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), SCOPER, NOW);
	}

	private static ProjectDetails details(String title, LocalDate start, LocalDate end) {
		return new ProjectDetails(title, "Purpose", "KE", start, end);
	}

}
