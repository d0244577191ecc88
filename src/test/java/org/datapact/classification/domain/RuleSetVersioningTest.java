package org.datapact.classification.domain;

import java.util.ArrayList;
import java.util.List;

import org.datapact.classification.Level;
import org.datapact.classification.engine.Condition;
import org.datapact.classification.engine.Rule;
import org.datapact.classification.engine.RuleSetProblems;
import org.datapact.classification.engine.Scope;
import org.datapact.definition.DefinitionEditRefused;
import org.datapact.definition.DefinitionNotEditableException;
import org.datapact.definition.DefinitionStatus;
import org.datapact.definition.LocalizedText;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;
import org.datapact.support.Fixtures;
import org.datapact.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RuleSetVersioningTest {

	@Autowired
	RuleSetAdministration administration;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser admin;

	@BeforeEach
	void noDraft() {
		this.admin = this.fixtures.admin().current();
		RuleSetTesting.discardDrafts(this.administration, this.admin);
	}

	@Test
	void theShippedRuleSetIsPublishedAsAVersionAndIsInForce() {
		ListPage<RuleSetSummary> first = this.administration.versions(this.admin,
				PageQuery.firstOf(PageQuery.MAX_SIZE));
		List<RuleSetSummary> versions = new ArrayList<>(first.items());
		if (first.totalPages() > 1) {
			// the shipped version 1 is the oldest, last in the list
			versions.addAll(this.administration
				.versions(this.admin, new PageQuery(first.totalPages() - 1, PageQuery.MAX_SIZE, null, false))
				.items());
		}
		assertThat(versions).filteredOn(RuleSetSummary::inForce).hasSize(1);
		RuleSetSummary inForce = versions.stream().filter(RuleSetSummary::inForce).findFirst().orElseThrow();
		assertThat(inForce.status()).isEqualTo(DefinitionStatus.PUBLISHED);
		assertThat(versions).anySatisfy((v) -> {
			assertThat(v.version()).isEqualTo(1);
			assertThat(v.publishReason()).isNotBlank();
		});
		assertThat(this.ruleSets.current().definition().version()).isEqualTo(inForce.version());
	}

	@Test
	void oneDraftPerRuleSetNumberedAfterTheLastVersion() {
		RuleSetDetail inForce = this.administration.inForce(this.admin);
		RuleSetSummary draft = this.administration.createDraft(this.admin, inForce.summary().id());
		assertThat(draft.status()).isEqualTo(DefinitionStatus.DRAFT);
		assertThat(draft.version()).isNull();
		assertThat(this.administration.get(this.admin, draft.id()).definition().version())
			.isEqualTo(inForce.summary().version() + 1);
		assertThatThrownBy(() -> this.administration.createDraft(this.admin, inForce.summary().id()))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("classification.ruleSet.draftExists"));
		assertThatThrownBy(() -> this.administration.createDraft(this.admin, draft.id()))
			.isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void anEditThatBreaksTheRulesIsRefusedWithThePathOfEachProblem() {
		RuleSetSummary draft = this.administration.createDraft(this.admin,
				this.administration.inForce(this.admin).summary().id());
		Rule broken = new Rule("broken", LocalizedText.of("d", "d"), Level.SECRET, Scope.countries("XX"),
				Condition.all(Condition.contains("topics", "unicorns")), LocalizedText.of("e", "e"), "ref");
		assertThatThrownBy(() -> this.administration.edit(this.admin, draft.id(), draft.lockVersion(),
				new RuleSetEdit.SaveRule(null, broken)))
			.isInstanceOfSatisfying(DefinitionEditRefused.class, (ex) -> {
				int index = this.administration.get(this.admin, draft.id()).definition().rules().size();
				List<String> problems = ex.problems().stream().map(RuleSetProblems::describe).toList();
				assertThat(problems).anySatisfy((p) -> assertThat(p)
					.startsWith("rules[" + index + "].condition.of[0].values[0]: \"unicorns\" is not an option"));
				assertThat(problems)
					.anySatisfy((p) -> assertThat(p).startsWith("rules[" + index + "].scope.countries[0]"));
			});
		// nothing was saved
		assertThat(this.administration.get(this.admin, draft.id()).summary().lockVersion())
			.isEqualTo(draft.lockVersion());
	}

	@Test
	void publishingNeedsAReasonRecordsWhoAndWhyAndPutsTheVersionInForce() {
		RuleSetDetail before = this.administration.inForce(this.admin);
		RuleSetSummary draft = this.administration.createDraft(this.admin, before.summary().id());
		RuleSetDetail edited = this.administration.edit(this.admin, draft.id(), draft.lockVersion(),
				new RuleSetEdit.SaveRule(null,
						RuleSetTesting.securityDataRule("versioning_" + Fixtures.unique().replace('-', '_'))));
		assertThatThrownBy(
				() -> this.administration.publish(this.admin, draft.id(), edited.summary().lockVersion(), " "))
			.isInstanceOfSatisfying(InvalidRequestException.class, (ex) -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> this.administration.publish(this.admin, draft.id(), draft.lockVersion(), "stale"))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
		RuleSetSummary published = RuleSetTesting.published(this.administration, this.admin, this.administration
			.publish(this.admin, draft.id(), edited.summary().lockVersion(), "Security data is confidential"));
		assertThat(published.version()).isEqualTo(before.summary().version() + 1);
		assertThat(published.publishedBy()).isEqualTo(this.admin.id());
		assertThat(published.publishReason()).isEqualTo("Security data is confidential");
		assertThat(this.ruleSets.current().definition().version()).isEqualTo(published.version());
		assertThat(this.ruleSets.current().definition().rules()).hasSize(before.definition().rules().size() + 1);
		Integer audited = this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'CLASSIFICATION_RULE_SET_PUBLISHED' and entity_id = ?",
				Integer.class, published.id().toString());
		assertThat(audited).isEqualTo(1);
		RuleSetTesting.restoreDefault(this.administration, this.admin);
		assertThat(this.ruleSets.current().definition().rules()).hasSize(before.definition().rules().size());
	}

	@Test
	void aPublishedVersionNeverChanges() {
		RuleSetSummary inForce = this.administration.inForce(this.admin).summary();
		assertThatThrownBy(() -> this.administration.edit(this.admin, inForce.id(), inForce.lockVersion(),
				new RuleSetEdit.SaveRule(null, RuleSetTesting.securityDataRule("never"))))
			.isInstanceOf(DefinitionNotEditableException.class);
		assertThatThrownBy(
				() -> this.jdbc.update("update classification_rule_set set name = 'x' where id = ?", inForce.id()))
			.hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> this.jdbc.update("delete from classification_rule_set where id = ?", inForce.id()))
			.hasMessageContaining("cannot be changed");
	}

	@Test
	void onlyAdminsAdministerRuleSets() {
		CurrentUser scoper = this.fixtures.scoper().current();
		CurrentUser partner = this.fixtures.user(this.fixtures.partner(), Role.PARTNER).current();
		RuleSetSummary inForce = this.administration.inForce(this.admin).summary();
		for (CurrentUser user : List.of(scoper, partner)) {
			assertThatThrownBy(() -> this.administration.versions(user, PageQuery.firstOf(20)))
				.isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> this.administration.createDraft(user, inForce.id()))
				.isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> this.administration.exportJson(user, inForce.id()))
				.isInstanceOf(ForbiddenException.class);
		}
	}

}
