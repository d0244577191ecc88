package org.datapact.organisation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.shared.Role;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByOrganisationIdOrderByDisplayNameAsc(UUID organisationId);

	List<UserAccount> findAllByOrderByDisplayNameAsc();

	List<UserAccount> findByOrganisationIdInOrderByDisplayNameAsc(Collection<UUID> organisationIds);

	List<UserAccount> findByIdIn(Collection<UUID> ids);

	/**
	 * The account with its roles and whether its organisation is active, in one
	 * statement: sessions re-check this on every request.
	 */
	@Query("""
			select u, o.active from UserAccount u left join fetch u.roles
			join Organisation o on o.id = u.organisationId where u.id = :id""")
	List<Object[]> findWithOrganisationActive(UUID id);

	@Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.active = true")
	boolean existsActiveWithRole(Role role);

}
