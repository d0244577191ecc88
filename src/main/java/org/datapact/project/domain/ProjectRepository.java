package org.datapact.project.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID> {

	@Query("select p from Project p order by lower(p.title), p.id")
	List<Project> findAllInTitleOrder();

	@Query("select p from Project p where p.id in :ids and p.status <> org.datapact.project.ProjectStatus.CLOSED")
	List<Project> findOpenAmong(Collection<UUID> ids);

	/** A project's details and one person's role in it (null when not a member). */
	record SeenBy(UUID id, UUID organisationId, String title, String purpose, String countryCode, LocalDate startDate,
			LocalDate endDate, ProjectStatus status, ProjectRole viewerRole) {
	}

	@Query("""
			select new org.datapact.project.domain.ProjectRepository$SeenBy(p.id, p.organisationId, p.title, p.purpose,
			    p.countryCode, p.startDate, p.endDate, p.status, m.role)
			from Project p left join p.members m on m.userId = :viewerId where p.id = :id""")
	Optional<SeenBy> findSeenBy(UUID id, UUID viewerId);

	@Query("select m.role from Project p join p.members m where p.id = :projectId and m.userId = :userId")
	Optional<ProjectRole> findRole(UUID projectId, UUID userId);

}
