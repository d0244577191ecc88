package org.datapact.focalpoint.domain;

import java.util.stream.Stream;
import java.util.Objects;
import java.util.HashMap;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.datapact.focalpoint.FocalPointContact;
import org.datapact.focalpoint.FocalPointFlag;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.organisation.OrganisationKind;
import org.datapact.organisation.Organisations;
import org.datapact.organisation.Organisations.OrganisationSummary;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's primary and secondary focal points over time. Admins manage every
 * organisation's; scopers read them all; partner staff and volunteers read their own
 * organisation's and their counterpart's (the operating organisation), nobody else's.
 * Every view of contact details is audited.
 */
@Service
@Transactional(readOnly = true)
public class FocalPointService {

	static final String ENTITY = "FocalPoint";

	private final FocalPointRepository points;

	private final HandoverRepository handovers;

	private final Organisations organisations;

	private final ContactDetailsValidator validator;

	private final FocalPointFlags flags;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FocalPointService(FocalPointRepository points, HandoverRepository handovers, Organisations organisations,
			ContactDetailsValidator validator, FocalPointFlags flags, ApplicationEventPublisher events, Clock clock) {
		this.points = points;
		this.handovers = handovers;
		this.organisations = organisations;
		this.validator = validator;
		this.flags = flags;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public OrganisationFocalPoints overview(CurrentUser user, UUID organisationId) {
		OrganisationSummary organisation = visible(user, organisationId);
		OrganisationFocalPoints overview = build(organisation);
		auditViews(user, overview);
		return overview;
	}

	/**
	 * One page of the counterpart organisations' focal points that this user may see
	 * beside an organisation's, by organisation name: the same few statements for any
	 * number of them.
	 */
	@Transactional
	public ListPage<OrganisationFocalPoints> counterparts(CurrentUser user, UUID organisationId, PageQuery query) {
		ListPage<OrganisationSummary> page = query.slice(counterpartsSeen(user, organisationId));
		List<OrganisationFocalPoints> built = build(page.items());
		built.forEach((overview) -> auditViews(user, overview));
		return new ListPage<>(built, page.page(), page.size(), page.totalItems());
	}

	/**
	 * Every counterpart's focal points, for the Table C export, which lists them all: the
	 * same statements as one page.
	 */
	@Transactional
	public List<OrganisationFocalPoints> allCounterparts(CurrentUser user, UUID organisationId) {
		List<OrganisationFocalPoints> built = build(counterpartsSeen(user, organisationId));
		built.forEach((overview) -> auditViews(user, overview));
		return built;
	}

	private List<OrganisationSummary> counterpartsSeen(CurrentUser user, UUID organisationId) {
		OrganisationSummary organisation = visible(user, organisationId);
		return counterpartsOf(organisation).stream().filter((counterpart) -> canSee(user, counterpart)).toList();
	}

	/**
	 * One page of everyone who held each role, by role then newest first, with who
	 * designated them; erased people as placeholders.
	 */
	@Transactional
	public ListPage<FocalPointView> history(CurrentUser user, UUID organisationId, PageQuery query) {
		visible(user, organisationId);
		LocalDate today = today();
		ListPage<FocalPointView> history = ListPage.of(
				this.points.findByOrganisationId(organisationId, query
					.pageable(Sort.by(Sort.Order.asc("role"), Sort.Order.desc("effectiveFrom"), Sort.Order.asc("id")))),
				(point) -> FocalPointView.of(point, today));
		this.events.publishEvent(
				AuditEvent.success(user, "FOCAL_POINT_HISTORY_VIEWED", "Organisation", organisationId, organisationId));
		return history;
	}

	@Transactional
	public FocalPointView get(CurrentUser user, UUID focalPointId) {
		FocalPoint point = this.points.findById(focalPointId)
			.orElseThrow(() -> new NotFoundException(ENTITY, focalPointId));
		visible(user, point.getOrganisationId());
		this.events.publishEvent(view(user, point));
		return FocalPointView.of(point, today());
	}

	/** Appoints the first holder of a role, from today. */
	@Transactional
	public FocalPointView appoint(CurrentUser admin, UUID organisationId, FocalPointRole role,
			ContactDetailsInput input) {
		OrganisationSummary organisation = visible(admin, organisationId);
		requireAdmin(admin);
		if (openHolding(organisationId, role).isPresent()) {
			throw new InvalidRequestException("role", "focalPoint.role.held");
		}
		FocalPoint point = new FocalPoint(organisationId, role, this.validator.validate(input, organisation), today(),
				admin.id(), this.clock.instant());
		this.points.saveAndFlush(point);
		this.events
			.publishEvent(AuditEvent.success(admin, "FOCAL_POINT_APPOINTED", ENTITY, point.getId(), organisationId)
				.withDetails("role=" + role));
		return FocalPointView.of(point, today());
	}

	/**
	 * Designates who takes the role over from a date, with a handover record. Until that
	 * date both are shown; from it the successor holds the role. Counterparts are
	 * informed after commit.
	 */
	@Transactional
	public FocalPointView designateSuccessor(CurrentUser admin, UUID organisationId, FocalPointRole role,
			ContactDetailsInput input, LocalDate effectiveFrom, HandoverInput handover) {
		OrganisationSummary organisation = visible(admin, organisationId);
		requireAdmin(admin);
		LocalDate today = today();
		if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
			throw new InvalidRequestException("effectiveFrom", "focalPoint.effectiveFrom.past");
		}
		if (effectiveFrom.isAfter(today.plusYears(1))) {
			throw new InvalidRequestException("effectiveFrom", "focalPoint.effectiveFrom.tooLate");
		}
		FocalPoint outgoing = openHolding(organisationId, role)
			.orElseThrow(() -> new InvalidRequestException("role", "focalPoint.role.vacant"));
		if (outgoing.isFutureOn(today)) {
			throw new InvalidRequestException("role", "focalPoint.successor.exists");
		}
		if (effectiveFrom.isBefore(outgoing.getEffectiveFrom())) {
			throw new InvalidRequestException("effectiveFrom", "focalPoint.effectiveFrom.past");
		}
		ContactDetails details = this.validator.validate(input, organisation);
		outgoing.handOverOn(effectiveFrom, this.clock.instant());
		this.points.saveAndFlush(outgoing);
		FocalPoint successor = new FocalPoint(organisationId, role, details, effectiveFrom, admin.id(),
				this.clock.instant());
		this.points.saveAndFlush(successor);
		this.handovers.save(new Handover(outgoing.getId(), successor.getId(), handover.agreements(),
				handover.openIssues(), handover.notes(), admin.id(), this.clock.instant()));
		this.events.publishEvent(
				AuditEvent.success(admin, "FOCAL_POINT_SUCCESSOR_DESIGNATED", ENTITY, successor.getId(), organisationId)
					.withDetails("role=" + role + " from=" + effectiveFrom + " replaces=" + outgoing.getId()));
		this.events.publishEvent(new SuccessorDesignated(organisationId, successor.getId()));
		return FocalPointView.of(successor, today);
	}

	/**
	 * Withdraws a designated successor before they take over; the current holder stays.
	 */
	@Transactional
	public void cancelSuccessor(CurrentUser admin, UUID organisationId, FocalPointRole role) {
		visible(admin, organisationId);
		requireAdmin(admin);
		LocalDate today = today();
		FocalPoint successor = openHolding(organisationId, role).filter((p) -> p.isFutureOn(today))
			.orElseThrow(() -> new InvalidRequestException("role", "focalPoint.successor.none"));
		Handover handover = this.handovers.findByIncomingId(successor.getId()).orElseThrow();
		FocalPoint outgoing = this.points.findById(handover.getOutgoingId()).orElseThrow();
		this.handovers.delete(handover);
		this.handovers.flush();
		this.points.delete(successor);
		this.points.flush();
		outgoing.keepOn(this.clock.instant());
		this.points.saveAndFlush(outgoing);
		this.events.publishEvent(AuditEvent.success(admin, "FOCAL_POINT_SUCCESSOR_CANCELLED", ENTITY, successor.getId(),
				organisationId));
	}

	/**
	 * Corrects a holder's details (a new phone, a typo); a change of person is a
	 * succession.
	 */
	@Transactional
	public FocalPointView correct(CurrentUser admin, UUID focalPointId, long expectedVersion,
			ContactDetailsInput input) {
		FocalPoint point = this.points.findById(focalPointId)
			.orElseThrow(() -> new NotFoundException(ENTITY, focalPointId));
		OrganisationSummary organisation = visible(admin, point.getOrganisationId());
		requireAdmin(admin);
		if (point.getVersion() != expectedVersion) {
			throw new OptimisticLockingFailureException("Focal point changed since it was read");
		}
		if (point.isErased() || point.hasEndedOn(today())) {
			throw new InvalidRequestException("name", "focalPoint.ended");
		}
		point.correct(this.validator.validate(input, organisation), this.clock.instant());
		this.points.saveAndFlush(point);
		this.events.publishEvent(
				AuditEvent.success(admin, "FOCAL_POINT_CORRECTED", ENTITY, focalPointId, point.getOrganisationId()));
		return FocalPointView.of(point, today());
	}

	/**
	 * Removes the personal details of someone who has left. The history keeps an
	 * anonymised placeholder; the audit log names people by id only, so its chain stays
	 * intact.
	 */
	@Transactional
	public void erase(CurrentUser admin, UUID focalPointId) {
		FocalPoint point = this.points.findById(focalPointId)
			.orElseThrow(() -> new NotFoundException(ENTITY, focalPointId));
		visible(admin, point.getOrganisationId());
		requireAdmin(admin);
		if (point.isErased()) {
			return;
		}
		if (!point.hasEndedOn(today())) {
			throw new InvalidRequestException("id", "focalPoint.erase.notLeft");
		}
		point.erase(today(), this.clock.instant());
		this.points.saveAndFlush(point);
		this.events.publishEvent(
				AuditEvent.success(admin, "FOCAL_POINT_ERASED", ENTITY, focalPointId, point.getOrganisationId()));
	}

	/**
	 * Ticks a handover checklist item: an administrator, or the outgoing person
	 * themselves.
	 */
	@Transactional
	public void completeHandoverItem(CurrentUser user, UUID organisationId, UUID itemId) {
		Handover handover = this.handovers.findByItemId(itemId)
			.orElseThrow(() -> new NotFoundException("HandoverItem", itemId));
		FocalPoint outgoing = this.points.findById(handover.getOutgoingId()).orElseThrow();
		if (!outgoing.getOrganisationId().equals(organisationId)) {
			throw new NotFoundException("HandoverItem", itemId);
		}
		visible(user, organisationId);
		boolean outgoingPerson = user.id().equals(outgoing.getUserId());
		if (!user.isAdmin() && !outgoingPerson) {
			throw new ForbiddenException("complete a handover");
		}
		if (handover.complete(itemId, user.id(), this.clock.instant())) {
			this.handovers.saveAndFlush(handover);
			this.events.publishEvent(AuditEvent.success(user, "FOCAL_POINT_HANDOVER_ITEM_DONE", "HandoverItem", itemId,
					outgoing.getOrganisationId()));
		}
	}

	/** What administrators should fix, over every active organisation. */
	public List<FocalPointFlag> flags(CurrentUser user) {
		requireAdmin(user);
		List<OrganisationSummary> active = this.organisations.all()
			.stream()
			.filter(OrganisationSummary::active)
			.toList();
		Map<UUID, List<FocalPoint>> byOrganisation = this.points
			.findUnendedIn(active.stream().map(OrganisationSummary::id).toList(), today())
			.stream()
			.collect(Collectors.groupingBy(FocalPoint::getOrganisationId));
		return this.flags.of(active, byOrganisation, today());
	}

	public Optional<FocalPointContact> currentHolder(UUID organisationId, FocalPointRole role) {
		LocalDate today = today();
		return this.points.findByOrganisationIdOrderByRoleAscEffectiveFromDesc(organisationId)
			.stream()
			.filter((p) -> p.getRole() == role && !p.isErased() && p.isCurrentOn(today))
			.findFirst()
			.map((p) -> {
				ContactDetails details = p.details();
				return new FocalPointContact(p.getId(), organisationId, role, details.name(), details.title(),
						details.mobile(), details.email(), details.workingLanguage());
			});
	}

	OrganisationFocalPoints build(OrganisationSummary organisation) {
		return build(List.of(organisation)).get(0);
	}

	/**
	 * The focal points of several organisations, in their order: their holdings, the
	 * handovers and whether linked holders can still sign in, each read once for all.
	 */
	List<OrganisationFocalPoints> build(List<OrganisationSummary> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		LocalDate today = today();
		Map<UUID, List<FocalPoint>> byOrganisation = this.points
			.findUnendedIn(organisations.stream().map(OrganisationSummary::id).toList(), today)
			.stream()
			.sorted(Comparator.comparing(FocalPoint::getRole)
				.thenComparing(FocalPoint::getEffectiveFrom, Comparator.reverseOrder()))
			.collect(Collectors.groupingBy(FocalPoint::getOrganisationId));
		Map<UUID, List<FocalPointFlag>> flags = this.flags.of(organisations, byOrganisation, today)
			.stream()
			.collect(Collectors.groupingBy(FocalPointFlag::organisationId));
		// who holds each role today and who takes it over, then the handovers of those
		// only
		Map<UUID, FocalPoint[][]> holders = new HashMap<>();
		List<UUID> shown = new ArrayList<>();
		for (OrganisationSummary organisation : organisations) {
			List<FocalPoint> all = byOrganisation.getOrDefault(organisation.id(), List.of());
			FocalPoint[][] byRole = new FocalPoint[FocalPointRole.values().length][];
			for (FocalPointRole role : FocalPointRole.values()) {
				FocalPoint current = all.stream()
					.filter((p) -> p.getRole() == role && p.isCurrentOn(today))
					.findFirst()
					.orElse(null);
				FocalPoint successor = all.stream()
					.filter((p) -> p.getRole() == role && p.isFutureOn(today))
					.min(Comparator.comparing(FocalPoint::getEffectiveFrom))
					.orElse(null);
				byRole[role.ordinal()] = new FocalPoint[] { current, successor };
				Stream.of(current, successor).filter(Objects::nonNull).map(FocalPoint::getId).forEach(shown::add);
			}
			holders.put(organisation.id(), byRole);
		}
		Map<UUID, HandoverView> handoverByIncoming = shown.isEmpty() ? Map.of()
				: this.handovers.findWithItemsByIncomingIdIn(shown)
					.stream()
					.collect(Collectors.toMap(Handover::getIncomingId, Handover::view));
		List<OrganisationFocalPoints> built = new ArrayList<>();
		for (OrganisationSummary organisation : organisations) {
			List<RoleHolders> roles = new ArrayList<>();
			for (FocalPointRole role : FocalPointRole.values()) {
				FocalPoint current = holders.get(organisation.id())[role.ordinal()][0];
				FocalPoint successor = holders.get(organisation.id())[role.ordinal()][1];
				HandoverView handover = (successor != null) ? handoverByIncoming.get(successor.getId())
						: (current != null) ? handoverByIncoming.get(current.getId()) : null;
				roles.add(new RoleHolders(role, (current != null) ? FocalPointView.of(current, today) : null,
						(successor != null) ? FocalPointView.of(successor, today) : null, handover));
			}
			built.add(new OrganisationFocalPoints(organisation.id(), organisation.name(), organisation.kind(), roles,
					flags.getOrDefault(organisation.id(), List.of())));
		}
		return built;
	}

	List<OrganisationSummary> counterpartsOf(OrganisationSummary organisation) {
		return this.organisations.all()
			.stream()
			.filter(OrganisationSummary::active)
			.filter((o) -> (organisation.kind() == OrganisationKind.PARTNER) ? o.kind() == OrganisationKind.OPERATOR
					: o.kind() == OrganisationKind.PARTNER)
			.toList();
	}

	OrganisationSummary visible(CurrentUser user, UUID organisationId) {
		OrganisationSummary organisation = this.organisations.find(organisationId)
			.orElseThrow(() -> new NotFoundException("Organisation", organisationId));
		if (!canSee(user, organisation)) {
			throw NotFoundException.hiddenFrom(user, "Organisation", organisationId, organisationId);
		}
		return organisation;
	}

	/**
	 * Own organisation; a partner's users also see the operating organisation, their
	 * counterpart.
	 */
	boolean canSee(CurrentUser user, OrganisationSummary organisation) {
		if (user.worksAcrossOrganisations() || organisation.id().equals(user.organisationId())) {
			return true;
		}
		return organisation.kind() == OrganisationKind.OPERATOR && this.organisations.find(user.organisationId())
			.map((own) -> own.kind() == OrganisationKind.PARTNER)
			.orElse(false);
	}

	private Optional<FocalPoint> openHolding(UUID organisationId, FocalPointRole role) {
		return this.points.findByOrganisationIdOrderByRoleAscEffectiveFromDesc(organisationId)
			.stream()
			.filter((p) -> p.getRole() == role && p.getEffectiveUntil() == null && !p.isErased())
			.findFirst();
	}

	private void auditViews(CurrentUser user, OrganisationFocalPoints overview) {
		for (RoleHolders holders : overview.roles()) {
			for (FocalPointView view : new FocalPointView[] { holders.current(), holders.successor() }) {
				if (view != null) {
					this.events.publishEvent(AuditEvent.success(user, "FOCAL_POINT_VIEWED", ENTITY, view.id(),
							overview.organisationId()));
				}
			}
		}
	}

	private static AuditEvent view(CurrentUser user, FocalPoint point) {
		return AuditEvent.success(user, "FOCAL_POINT_VIEWED", ENTITY, point.getId(), point.getOrganisationId());
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw new ForbiddenException("manage focal points");
		}
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
