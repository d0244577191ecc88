package org.datapact.focalpoint.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.datapact.audit.domain.AuditFilter;
import org.datapact.audit.domain.AuditQueries;
import org.datapact.focalpoint.FocalPointFlag;
import org.datapact.focalpoint.FocalPointFlag.Reason;
import org.datapact.focalpoint.FocalPointRole;
import org.datapact.organisation.domain.UserService;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.Fixtures.TestUser;
import org.datapact.support.IntegrationTest;
import org.datapact.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Focal point rules on real PostgreSQL, with a clock the tests move forward; every
 * organisation is a fresh partner, so no test sees another's focal points.
 */
@IntegrationTest
@Import(MutableClock.Configuration.class)
class FocalPointServiceTest {

	@Autowired
	FocalPointService service;

	@Autowired
	FocalPointRepository points;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserService users;

	@Autowired
	AuditQueries audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	CurrentUser admin;

	UUID organisation;

	@BeforeEach
	void freshOrganisation() {
		this.admin = this.fixtures.admin().current();
		this.organisation = this.fixtures.partner();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void appointsTheFirstHolderAndRefusesAHeldRole() {
		FocalPointView appointed = this.service.appoint(this.admin, this.organisation, FocalPointRole.PRIMARY,
				contact("Amina Odhiambo", "0712 345678"));
		assertThat(appointed.status()).isEqualTo(FocalPointView.Status.CURRENT);
		assertThat(appointed.name()).isEqualTo("Amina Odhiambo");
		// read as a Kenyan number: the organisation's country
		assertThat(appointed.mobile()).isEqualTo("+254712345678");
		assertThat(appointed.effectiveFrom()).isEqualTo(today());
		assertThat(this.service.overview(this.admin, this.organisation).roles().get(0).current().id())
			.isEqualTo(appointed.id());

		assertThatThrownBy(() -> this.service.appoint(this.admin, this.organisation, FocalPointRole.PRIMARY,
				contact("Someone Else", "+254712000111")))
			.isInstanceOf(InvalidRequestException.class)
			.extracting((ex) -> ((InvalidRequestException) ex).messageKey())
			.isEqualTo("focalPoint.role.held");
		assertThat(this.service.history(this.admin, this.organisation, PageQuery.firstOf(PageQuery.MAX_SIZE)).items())
			.hasSize(1);
	}

	@Test
	void designatesASuccessorFromTodayOrLaterWhoTakesOverOnTheDate() {
		FocalPointView first = appoint(FocalPointRole.PRIMARY);
		assertThatThrownBy(() -> designate(FocalPointRole.PRIMARY, today().minusDays(1)))
			.isInstanceOf(InvalidRequestException.class)
			.extracting((ex) -> ((InvalidRequestException) ex).messageKey())
			.isEqualTo("focalPoint.effectiveFrom.past");

		FocalPointView successor = designate(FocalPointRole.PRIMARY, today().plusDays(10));
		assertThat(successor.status()).isEqualTo(FocalPointView.Status.SUCCESSOR);
		assertThatThrownBy(() -> designate(FocalPointRole.PRIMARY, today().plusDays(20)))
			.isInstanceOf(InvalidRequestException.class)
			.extracting((ex) -> ((InvalidRequestException) ex).messageKey())
			.isEqualTo("focalPoint.successor.exists");
		RoleHolders before = this.service.overview(this.admin, this.organisation).roles().get(0);
		assertThat(before.current().id()).isEqualTo(first.id());
		assertThat(before.successor().id()).isEqualTo(successor.id());
		assertThat(before.handover()).isNotNull();

		this.clock.advance(Duration.ofDays(10));
		RoleHolders after = this.service.overview(this.admin, this.organisation).roles().get(0);
		assertThat(after.current().id()).isEqualTo(successor.id());
		assertThat(after.successor()).isNull();
		assertThat(this.service.get(this.admin, first.id()).status()).isEqualTo(FocalPointView.Status.ENDED);

		// a successor from today takes over at once
		FocalPointView secondary = appoint(FocalPointRole.SECONDARY);
		FocalPointView today = designate(FocalPointRole.SECONDARY, today());
		assertThat(today.status()).isEqualTo(FocalPointView.Status.CURRENT);
		assertThat(this.service.get(this.admin, secondary.id()).status()).isEqualTo(FocalPointView.Status.ENDED);
	}

	@Test
	void handoverItemsAreTickedOnceAndOnlyThroughTheirOwnOrganisation() {
		appoint(FocalPointRole.PRIMARY);
		designate(FocalPointRole.PRIMARY, today().plusDays(5));
		HandoverView handover = this.service.overview(this.admin, this.organisation).roles().get(0).handover();
		UUID item = handover.items().get(1).id();
		UUID elsewhere = this.fixtures.partner();
		assertThatThrownBy(() -> this.service.completeHandoverItem(this.admin, elsewhere, item))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.service.overview(this.admin, this.organisation).roles().get(0).handover().items().get(1).done())
			.isFalse();
		this.service.completeHandoverItem(this.admin, this.organisation, item);
		this.service.completeHandoverItem(this.admin, this.organisation, item);
		HandoverView.Item done = this.service.overview(this.admin, this.organisation)
			.roles()
			.get(0)
			.handover()
			.items()
			.get(1);
		assertThat(done.done()).isTrue();
		assertThat(done.doneBy()).isEqualTo(this.admin.id());
		CurrentUser partner = this.fixtures.user(this.organisation, Role.PARTNER).current();
		UUID other = handover.items().get(2).id();
		assertThatThrownBy(() -> this.service.completeHandoverItem(partner, this.organisation, other))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void auditedReadsUnderConcurrencyNeverStarveTheConnectionPool() throws Exception {
		appoint(FocalPointRole.PRIMARY);
		appoint(FocalPointRole.SECONDARY);
		int readers = 32;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
		CyclicBarrier start = new CyclicBarrier(readers);
		List<java.util.concurrent.Future<OrganisationFocalPoints>> results = new java.util.ArrayList<>();
		for (int i = 0; i < readers; i++) {
			results.add(pool.submit(() -> {
				await(start);
				return this.service.overview(this.admin, this.organisation);
			}));
		}
		for (java.util.concurrent.Future<OrganisationFocalPoints> result : results) {
			assertThat(result.get(25, TimeUnit.SECONDS).roles()).hasSize(2);
		}
		pool.shutdown();
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void cancellingASuccessorRestoresTheCurrentHolder() {
		FocalPointView first = appoint(FocalPointRole.PRIMARY);
		FocalPointView successor = designate(FocalPointRole.PRIMARY, today().plusDays(5));
		assertThat(this.service.get(this.admin, first.id()).effectiveUntil()).isEqualTo(today().plusDays(5));

		this.service.cancelSuccessor(this.admin, this.organisation, FocalPointRole.PRIMARY);

		RoleHolders holders = this.service.overview(this.admin, this.organisation).roles().get(0);
		assertThat(holders.current().id()).isEqualTo(first.id());
		assertThat(holders.current().effectiveUntil()).isNull();
		assertThat(holders.successor()).isNull();
		assertThat(this.points.findById(successor.id())).isEmpty();
		// the holder stays after the cancelled date
		this.clock.advance(Duration.ofDays(6));
		assertThat(this.service.overview(this.admin, this.organisation).roles().get(0).current().id())
			.isEqualTo(first.id());
		assertThatThrownBy(() -> this.service.cancelSuccessor(this.admin, this.organisation, FocalPointRole.PRIMARY))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void ofTwoConcurrentDesignationsExactlyOneWins() throws Exception {
		FocalPointView first = appoint(FocalPointRole.PRIMARY);
		CyclicBarrier bothRead = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<FocalPointView>> attempts = new ArrayList<>();
			for (int i = 1; i <= 2; i++) {
				LocalDate from = today().plusDays(i);
				attempts.add(pool.submit(() -> this.transactions.execute((status) -> {
					// both transactions hold the current holder as it was before either
					// designation
					this.points.findById(first.id()).orElseThrow();
					await(bothRead);
					return designate(FocalPointRole.PRIMARY, from);
				})));
			}
			List<FocalPointView> won = new ArrayList<>();
			List<Throwable> lost = new ArrayList<>();
			for (Future<FocalPointView> attempt : attempts) {
				try {
					won.add(attempt.get(60, TimeUnit.SECONDS));
				}
				catch (java.util.concurrent.ExecutionException ex) {
					lost.add(ex.getCause());
				}
			}
			assertThat(won).hasSize(1);
			assertThat(lost).singleElement()
				.satisfies((ex) -> assertThat(ex).isInstanceOfAny(OptimisticLockingFailureException.class,
						DataIntegrityViolationException.class));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from focal_point where organisation_id = ? and role = 'PRIMARY' and effective_from > current_date",
				Integer.class, this.organisation))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from focal_point where organisation_id = ?", Integer.class,
				this.organisation))
			.isEqualTo(2);
		assertThat(this.service.overview(this.admin, this.organisation).roles().get(0).successor()).isNotNull();
	}

	@Test
	void correctingWithAStaleVersionFails() {
		FocalPointView point = appoint(FocalPointRole.PRIMARY);
		FocalPointView corrected = this.service.correct(this.admin, point.id(), point.version(),
				contact("Corrected Name", "+254 712 999888"));
		assertThat(corrected.name()).isEqualTo("Corrected Name");
		assertThat(corrected.mobile()).isEqualTo("+254712999888");
		assertThat(corrected.version()).isGreaterThan(point.version());

		assertThatThrownBy(() -> this.service.correct(this.admin, point.id(), point.version(),
				contact("Lost Update", "+254 712 111222")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.service.get(this.admin, point.id()).name()).isEqualTo("Corrected Name");
	}

	@Test
	void erasesOnlySomeoneWhoHasLeftAndKeepsAPlaceholderAndTheAuditChain() {
		FocalPointView first = appoint(FocalPointRole.PRIMARY);
		assertThatThrownBy(() -> this.service.erase(this.admin, first.id())).isInstanceOf(InvalidRequestException.class)
			.extracting((ex) -> ((InvalidRequestException) ex).messageKey())
			.isEqualTo("focalPoint.erase.notLeft");
		designate(FocalPointRole.PRIMARY, today().plusDays(3));
		// designated to leave, but not gone yet
		assertThatThrownBy(() -> this.service.erase(this.admin, first.id()))
			.isInstanceOf(InvalidRequestException.class);

		this.clock.advance(Duration.ofDays(3));
		this.service.erase(this.admin, first.id());

		FocalPointView erased = this.service
			.history(this.admin, this.organisation, PageQuery.firstOf(PageQuery.MAX_SIZE))
			.items()
			.stream()
			.filter((p) -> p.id().equals(first.id()))
			.findFirst()
			.orElseThrow();
		assertThat(erased.status()).isEqualTo(FocalPointView.Status.ERASED);
		assertThat(erased.name()).isNull();
		assertThat(erased.email()).isNull();
		assertThat(erased.mobile()).isNull();
		assertThat(this.jdbc.queryForMap(
				"select name, title, mobile, email, alternative_phone, user_id from focal_point where id = ?",
				first.id()))
			.allSatisfy((column, value) -> assertThat(value).as(column).isNull());
		assertThat(this.audit
			.find(new AuditFilter(null, null, null, first.id().toString(), "FOCAL_POINT_ERASED", null, null), 0, 10)
			.items()).hasSize(1);
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void everyViewOfContactDetailsIsAudited() {
		FocalPointView point = appoint(FocalPointRole.PRIMARY);
		CurrentUser reader = this.fixtures.user(this.organisation, Role.VOLUNTEER).current();
		AuditFilter views = new AuditFilter(reader.id(), null, null, point.id().toString(), "FOCAL_POINT_VIEWED", null,
				null);
		assertThat(this.audit.find(views, 0, 10).items()).isEmpty();

		this.service.overview(reader, this.organisation);
		assertThat(this.audit.find(views, 0, 10).items()).hasSize(1);
		this.service.get(reader, point.id());
		assertThat(this.audit.find(views, 0, 10).items()).hasSize(2)
			.allSatisfy((entry) -> assertThat(entry.organisationId()).isEqualTo(this.organisation));
		assertThat(this.audit.verify().intact()).isTrue();
	}

	@Test
	void partnersSeeTheirOwnAndTheOperatorsFocalPointsOnly() {
		UUID other = this.fixtures.partner();
		FocalPointView othersPoint = this.service.appoint(this.admin, other, FocalPointRole.PRIMARY,
				contact("Other Person", "+254 712 000001"));
		FocalPointView ownPoint = appoint(FocalPointRole.PRIMARY);
		TestUser partner = this.fixtures.user(this.organisation, Role.PARTNER);
		CurrentUser me = partner.current();

		assertThat(this.service.overview(me, this.organisation).roles().get(0).current().id()).isEqualTo(ownPoint.id());
		assertThat(this.service.overview(me, this.fixtures.operator()).organisationId())
			.isEqualTo(this.fixtures.operator());
		assertThatThrownBy(() -> this.service.overview(me, other)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.history(me, other, PageQuery.firstOf(PageQuery.MAX_SIZE)).items())
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.get(me, othersPoint.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.correct(me, othersPoint.id(), othersPoint.version(),
				contact("Hijack", "+254 712 000002")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.erase(me, othersPoint.id())).isInstanceOf(NotFoundException.class);
		// own organisation: visible, but changes are for admins
		assertThatThrownBy(() -> this.service.appoint(me, this.organisation, FocalPointRole.SECONDARY,
				contact("Self Appointed", "+254 712 000003")))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.service.flags(me)).isInstanceOf(ForbiddenException.class);
		// no counterparts leak other partners to a partner
		assertThat(this.service.allCounterparts(me, this.organisation))
			.allSatisfy((o) -> assertThat(o.organisationId()).isEqualTo(this.fixtures.operator()));
		assertThat(this.service.get(this.admin, othersPoint.id()).name()).isEqualTo("Other Person");
	}

	@Test
	void flagsMissingNeverConfirmedAndHolderLeft() {
		assertThat(flagsOf(this.organisation)).containsExactlyInAnyOrder(
				new Flag(FocalPointRole.PRIMARY, Reason.MISSING), new Flag(FocalPointRole.SECONDARY, Reason.MISSING));

		TestUser holder = this.fixtures.user(this.organisation, Role.PARTNER);
		this.service.appoint(this.admin, this.organisation, FocalPointRole.PRIMARY, new ContactDetailsInput(
				"Linked Holder", null, "+254 712 345678", "linked@example.org", null, "en", holder.id()));
		assertThat(flagsOf(this.organisation)).containsExactlyInAnyOrder(
				new Flag(FocalPointRole.PRIMARY, Reason.NEVER_CONFIRMED),
				new Flag(FocalPointRole.SECONDARY, Reason.MISSING));

		this.users.setActive(this.admin, holder.id(), false);
		assertThat(flagsOf(this.organisation)).containsExactlyInAnyOrder(
				new Flag(FocalPointRole.PRIMARY, Reason.NEVER_CONFIRMED),
				new Flag(FocalPointRole.PRIMARY, Reason.HOLDER_LEFT),
				new Flag(FocalPointRole.SECONDARY, Reason.MISSING));
		assertThat(this.service.overview(this.admin, this.organisation).flags()).extracting(FocalPointFlag::reason)
			.contains(Reason.HOLDER_LEFT);
	}

	@Test
	void aLinkedAccountMustBeOneOfTheOrganisations() {
		TestUser stranger = this.fixtures.user(this.fixtures.partner(), Role.PARTNER);
		assertThatThrownBy(() -> this.service.appoint(this.admin, this.organisation, FocalPointRole.PRIMARY,
				new ContactDetailsInput("Stranger", null, "+254 712 345678", "s@example.org", null, "en",
						stranger.id())))
			.isInstanceOf(InvalidRequestException.class)
			.extracting((ex) -> ((InvalidRequestException) ex).field())
			.isEqualTo("userId");
		assertThat(this.service.history(this.admin, this.organisation, PageQuery.firstOf(PageQuery.MAX_SIZE)).items())
			.isEmpty();
	}

	private List<Flag> flagsOf(UUID organisation) {
		return this.service.flags(this.admin)
			.stream()
			.filter((f) -> f.organisationId().equals(organisation))
			.map((f) -> new Flag(f.role(), f.reason()))
			.toList();
	}

	private FocalPointView appoint(FocalPointRole role) {
		return this.service.appoint(this.admin, this.organisation, role,
				contact("Holder " + Fixtures.unique(), "+254 712 345678"));
	}

	private FocalPointView designate(FocalPointRole role, LocalDate from) {
		return this.service.designateSuccessor(this.admin, this.organisation, role,
				contact("Successor " + Fixtures.unique(), "+254 722 000000"), from,
				new HandoverInput("Agreements", "Open issues", "Notes"));
	}

	private LocalDate today() {
		return this.service.today();
	}

	static ContactDetailsInput contact(String name, String mobile) {
		return new ContactDetailsInput(name, "Officer", mobile, Fixtures.unique() + "@example.org", null, "en", null);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Flag(FocalPointRole role, Reason reason) {
	}

}
