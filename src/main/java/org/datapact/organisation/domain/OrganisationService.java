package org.datapact.organisation.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.Organisations.OrganisationSummary;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.Listing;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Organisations, with tenancy enforced here: partners and volunteers see only their own
 * organisation; another organisation's id answers exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

	static final String ENTITY = "Organisation";

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final OrganisationRepository organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcClient jdbc;

	OrganisationService(OrganisationRepository organisations, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One page of the organisations the user may see (partners and volunteers: their
	 * own), by name, optionally only those whose name contains the text.
	 */
	public ListPage<OrganisationView> list(CurrentUser user, String nameContains, PageQuery query) {
		if (!user.worksAcrossOrganisations()) {
			List<OrganisationView> own = this.organisations.findById(user.organisationId())
				.filter((o) -> Listing.contains(o.getName(), nameContains))
				.map(OrganisationView::of)
				.stream()
				.toList();
			return query.slice(own);
		}
		Sort order = JpaSort.unsafe(query.direction(), "lower(name)").and(Sort.by(query.direction(), "id"));
		return ListPage.of(this.organisations.findByNameLike(Listing.likePattern(nameContains), query.pageable(order)),
				OrganisationView::of);
	}

	public OrganisationView get(CurrentUser user, UUID id) {
		return OrganisationView.of(visible(user, id));
	}

	public List<OrganisationSummary> summaries() {
		return this.organisations.findAllByOrderByNameAsc()
			.stream()
			.map((o) -> new OrganisationSummary(o.getId(), o.getName(), o.getKind(), o.getCountryCode(), o.isActive()))
			.toList();
	}

	public Optional<OrganisationSummary> summary(UUID id) {
		return this.organisations.findById(id)
			.map((o) -> new OrganisationSummary(o.getId(), o.getName(), o.getKind(), o.getCountryCode(), o.isActive()));
	}

	public Map<UUID, String> names(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// Plain SQL: Hibernate translates a query with a list parameter afresh each time,
		// and every list page asks this.
		Map<UUID, String> names = new HashMap<>();
		this.jdbc.sql("select id, name from organisation where id in (:ids)")
			.param("ids", Set.copyOf(ids))
			.query((rs) -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("name"));
			});
		return names;
	}

	@Transactional
	public OrganisationView create(CurrentUser user, OrganisationCommand command) {
		requireAdmin(user);
		String name = command.name().strip();
		if (this.organisations.existsByNameIgnoreCase(name)) {
			throw new InvalidRequestException("name", "organisation.name.taken");
		}
		if (command.kind() == OrganisationKind.OPERATOR
				&& this.organisations.findFirstByKind(OrganisationKind.OPERATOR).isPresent()) {
			throw new InvalidRequestException("kind", "organisation.kind.operatorExists");
		}
		Organisation organisation = new Organisation(name, command.kind(), country(command.countryCode()),
				this.clock.instant());
		this.organisations.save(organisation);
		this.events.publishEvent(
				AuditEvent.success(user, "ORGANISATION_CREATED", ENTITY, organisation.getId(), organisation.getId()));
		return OrganisationView.of(organisation);
	}

	@Transactional
	public OrganisationView update(CurrentUser user, UUID id, long expectedVersion, OrganisationCommand command) {
		Organisation organisation = visible(user, id);
		requireAdmin(user);
		checkVersion(organisation, expectedVersion);
		String name = command.name().strip();
		if (this.organisations.existsByNameIgnoreCaseAndIdNot(name, id)) {
			throw new InvalidRequestException("name", "organisation.name.taken");
		}
		organisation.update(name, country(command.countryCode()), this.clock.instant());
		this.organisations.flush();
		this.events.publishEvent(AuditEvent.success(user, "ORGANISATION_UPDATED", ENTITY, id, id));
		return OrganisationView.of(organisation);
	}

	@Transactional
	public OrganisationView setActive(CurrentUser user, UUID id, boolean active) {
		Organisation organisation = visible(user, id);
		requireAdmin(user);
		if (!active && organisation.getId().equals(user.organisationId())) {
			throw new InvalidRequestException("active", "organisation.deactivate.own");
		}
		if (active) {
			organisation.reactivate(this.clock.instant());
		}
		else {
			organisation.deactivate(this.clock.instant());
		}
		this.organisations.flush();
		this.events.publishEvent(AuditEvent.success(user,
				active ? "ORGANISATION_REACTIVATED" : "ORGANISATION_DEACTIVATED", ENTITY, id, id));
		return OrganisationView.of(organisation);
	}

	Organisation visible(CurrentUser user, UUID id) {
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
		if (!user.canSee(id)) {
			throw NotFoundException.hiddenFrom(user, ENTITY, id, id);
		}
		return organisation;
	}

	static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("administer organisations and users");
		}
	}

	static void checkVersion(Organisation organisation, long expectedVersion) {
		if (organisation.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Organisation changed since it was read");
		}
	}

	private static String country(String code) {
		if (!StringUtils.hasText(code)) {
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(upper)) {
			throw new InvalidRequestException("countryCode", "organisation.country.invalid");
		}
		return upper;
	}

}
