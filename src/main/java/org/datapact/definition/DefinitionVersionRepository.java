package org.datapact.definition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	/** A page of every version, in the page's order. */
	Page<V> findAllBy(Pageable pageable);

	/** Which of these keys have a draft. */
	@Query("""
			select distinct v.definitionKey from #{#entityName} v
			where v.status = org.datapact.definition.DefinitionStatus.DRAFT and v.definitionKey in ?1""")
	List<String> keysWithDraft(Collection<String> keys);

	Optional<V> findFirstByDefinitionKeyAndStatusOrderByVersionDesc(String definitionKey, DefinitionStatus status);

	Optional<V> findByDefinitionKeyAndStatus(String definitionKey, DefinitionStatus status);

	@Query("select coalesce(max(v.version), 0) from #{#entityName} v where v.definitionKey = ?1")
	int lastVersion(String definitionKey);

	boolean existsByDefinitionKey(String definitionKey);

}
