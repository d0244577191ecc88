package org.datapact.organisation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datapact.shared.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByOrganisationIdOrderByDisplayNameAsc(UUID organisationId);

	List<UserAccount> findAllByOrderByDisplayNameAsc();

	List<UserAccount> findByOrganisationIdInOrderByDisplayNameAsc(Collection<UUID> organisationIds);

	List<UserAccount> findByIdIn(Collection<UUID> ids);

	/**
	 * A page of everyone whose name or username matches the pattern (lower case,
	 * {@code like}).
	 */
	@Query("""
			select u from UserAccount u
			where lower(u.displayName) like :pattern escape '\\' or lower(u.username) like :pattern escape '\\'""")
	Page<UserAccount> findMatching(String pattern, Pageable pageable);

	/** The same within one organisation. */
	@Query("""
			select u from UserAccount u where u.organisationId = :organisationId
			and (lower(u.displayName) like :pattern escape '\\' or lower(u.username) like :pattern escape '\\')""")
	Page<UserAccount> findMatchingIn(UUID organisationId, String pattern, Pageable pageable);

	/**
	 * Stores the language without touching the version: it is no part of what admins
	 * edit.
	 */
	@Modifying
	@Query("""
			update UserAccount u set u.language = :language
			where u.id = :id and (u.language is null or u.language <> :language)""")
	int storeLanguage(UUID id, String language);

	@Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.active = true")
	boolean existsActiveWithRole(Role role);

	@Query("select u.id from UserAccount u join u.roles r where r = :role and u.active = true")
	List<UUID> findActiveIdsWithRole(Role role);

}
