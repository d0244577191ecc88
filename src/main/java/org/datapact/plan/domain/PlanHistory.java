package org.datapact.plan.domain;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.datapact.organisation.UserAccounts;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.NotFoundException;
import org.datapact.shared.PageQuery;
import org.datapact.shared.text.SafeHtml;
import org.datapact.shared.text.WordDiff;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of a plan section: its revisions, newest first, a page at a time; any one
 * of them; a word-level comparison of any two; and restoring an old one, which saves its
 * text as a new revision (through the same conflict check as any save), so that history
 * is never rewritten.
 */
@Service
public class PlanHistory {

	static final String REVISION = "PlanRevision";

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("sectionVersion"));

	private final PlanService plans;

	private final PlanRevisionRepository revisions;

	private final UserAccounts accounts;

	PlanHistory(PlanService plans, PlanRevisionRepository revisions, UserAccounts accounts) {
		this.plans = plans;
		this.revisions = revisions;
		this.accounts = accounts;
	}

	/** A page of the section's revisions, newest first: two statements per page. */
	@Transactional(readOnly = true)
	public ListPage<RevisionView> revisions(UUID projectId, String sectionKey, CurrentUser viewer, PageQuery query) {
		UUID sectionId = this.plans.sectionId(projectId, sectionKey, viewer);
		ListPage<PlanRevision> page = ListPage
			.of(this.revisions.findBySectionId(sectionId, query.pageable(NEWEST_FIRST)), (revision) -> revision);
		Set<UUID> authors = new HashSet<>();
		page.items().forEach((r) -> {
			if (r.authorId() != null) {
				authors.add(r.authorId());
			}
		});
		Map<UUID, String> names = authors.isEmpty() ? Map.of() : this.accounts.labels(authors);
		return page.map((r) -> view(r, names));
	}

	/** One revision of the section; 404 for a version it never had. */
	@Transactional(readOnly = true)
	public RevisionView revision(UUID projectId, String sectionKey, int version, CurrentUser viewer) {
		PlanRevision revision = find(projectId, sectionKey, version, viewer);
		Map<UUID, String> names = (revision.authorId() != null) ? this.accounts.labels(Set.of(revision.authorId()))
				: Map.of();
		return view(revision, names);
	}

	/** What changed from one revision to another, word by word, as escaped HTML. */
	@Transactional(readOnly = true)
	public SafeHtml compare(UUID projectId, String sectionKey, int from, int to, CurrentUser viewer) {
		String before = find(projectId, sectionKey, from, viewer).body();
		String after = find(projectId, sectionKey, to, viewer).body();
		return WordDiff.html(before, after);
	}

	/**
	 * Saves an old revision's text as the section's next version, when the caller read
	 * the current one ({@code basedOn}); a conflict otherwise, like any save.
	 */
	public SaveOutcome restore(UUID projectId, String sectionKey, int version, int basedOn, CurrentUser editor) {
		String body = revision(projectId, sectionKey, version, editor).body();
		return this.plans.save(projectId, sectionKey, new SectionSave(body, basedOn), editor);
	}

	private PlanRevision find(UUID projectId, String sectionKey, int version, CurrentUser viewer) {
		UUID sectionId = this.plans.sectionId(projectId, sectionKey, viewer);
		return this.revisions.findBySectionIdAndSectionVersion(sectionId, version)
			.orElseThrow(() -> new NotFoundException(REVISION, version));
	}

	private static RevisionView view(PlanRevision revision, Map<UUID, String> names) {
		return new RevisionView(revision.sectionVersion(), revision.authorId(),
				(revision.authorId() != null) ? names.get(revision.authorId()) : null, revision.createdAt(),
				revision.body());
	}

}
