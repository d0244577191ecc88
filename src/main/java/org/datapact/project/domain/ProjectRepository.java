package org.datapact.project.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.project.ProjectRole;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID> {

	@Query("select p from Project p order by lower(p.title), p.id")
	List<Project> findAllInTitleOrder();

	@Query("select p from Project p join p.members m where m.userId = :userId order by lower(p.title), p.id")
	List<Project> findWithMember(UUID userId);

	/** The project with its members in one statement, for visibility checks. */
	@Query("select p from Project p left join fetch p.members where p.id = :id")
	Optional<Project> findWithMembers(UUID id);

	@Query("select m.role from Project p join p.members m where p.id = :projectId and m.userId = :userId")
	Optional<ProjectRole> findRole(UUID projectId, UUID userId);

}
