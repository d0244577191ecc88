package org.datapact.definition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The versions of one kind of definition; each kind declares a repository extending this
 * one for its entity.
 *
 * @param <V> the kind's version entity
 */
@NoRepositoryBean
public interface DefinitionVersionRepository<V extends DefinitionVersion> extends JpaRepository<V, UUID> {

	/** Every version, by key, each key's draft first and then newest first. */
	List<V> findAllByOrderByDefinitionKeyAscVersionDesc();

	Optional<V> findFirstByDefinitionKeyAndStatusOrderByVersionDesc(String definitionKey, DefinitionStatus status);

	Optional<V> findByDefinitionKeyAndStatus(String definitionKey, DefinitionStatus status);

	@Query("select coalesce(max(v.version), 0) from #{#entityName} v where v.definitionKey = ?1")
	int lastVersion(String definitionKey);

	boolean existsByDefinitionKey(String definitionKey);

}
