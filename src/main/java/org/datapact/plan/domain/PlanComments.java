package org.datapact.plan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.datapact.discussion.Anchor;
import org.datapact.discussion.DiscussionStateException;
import org.datapact.discussion.DiscussionView;
import org.datapact.discussion.Discussions;
import org.datapact.organisation.AccountCredentials;
import org.datapact.organisation.UserAccounts;
import org.datapact.plan.PlanCommentPosted;
import org.datapact.project.ProjectMember;
import org.datapact.project.Projects;
import org.datapact.shared.AuditEvent;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ForbiddenException;
import org.datapact.shared.InvalidRequestException;
import org.datapact.shared.text.PlainText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on plan sections, as threads of the shared discussion machinery owned by the
 * plan: who may take part is decided here (the plan's editors and the project's members;
 * everyone who may see the plan reads them), and {@code @username} mentions of project
 * members are told by mail once the comment has committed.
 */
@Service
@Transactional
public class PlanComments {

	static final String OWNER = "plan";

	/** Longest comment: what the discussion machinery keeps. */
	static final int MAX_COMMENT = 5000;

	/** Most people one comment may mention. */
	static final int MAX_MENTIONS = 20;

	private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([A-Za-z0-9][A-Za-z0-9._-]{0,62})");

	private final PlanService plans;

	private final Discussions discussions;

	private final Projects projects;

	private final UserAccounts accounts;

	private final ApplicationEventPublisher events;

	PlanComments(PlanService plans, Discussions discussions, Projects projects, UserAccounts accounts,
			ApplicationEventPublisher events) {
		this.plans = plans;
		this.discussions = discussions;
		this.projects = projects;
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * Every thread of the plan by section key, oldest first: a fixed number of queries.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<CommentView>> threads(UUID projectId, CurrentUser viewer) {
		UUID planId = this.plans.planId(projectId, viewer);
		List<DiscussionView> threads = this.discussions.of(OWNER, planId);
		Set<UUID> people = new HashSet<>();
		threads.forEach((t) -> {
			t.messages().forEach((m) -> people.add(m.authorId()));
			if (t.resolvedBy() != null) {
				people.add(t.resolvedBy());
			}
		});
		Map<UUID, String> names = people.isEmpty() ? Map.of() : this.accounts.labels(people);
		Map<String, List<CommentView>> bySection = new LinkedHashMap<>();
		for (DiscussionView thread : threads) {
			List<CommentView.Message> messages = thread.messages()
				.stream()
				.map((m) -> new CommentView.Message(m.id(), m.authorId(), names.getOrDefault(m.authorId(), ""), m.at(),
						m.body()))
				.toList();
			bySection.computeIfAbsent(thread.anchor().key(), (k) -> new ArrayList<>())
				.add(new CommentView(thread.id(), thread.anchor().key(), thread.open(),
						(thread.open() || thread.resolvedBy() == null) ? null : names.get(thread.resolvedBy()),
						messages));
		}
		return bySection;
	}

	/** Starts a thread on a section; its id. */
	public UUID comment(UUID projectId, String sectionKey, String body, CurrentUser author) {
		UUID planId = participant(projectId, author);
		this.plans.sectionId(projectId, sectionKey, author);
		String text = checked(body);
		Set<UUID> mentioned = mentions(projectId, text, author);
		UUID thread = this.discussions.open(new Anchor(OWNER, planId, sectionKey, null, null), author.id(), text,
				mentioned);
		posted(projectId, sectionKey, thread, author, mentioned, "PLAN_COMMENT_OPENED");
		return thread;
	}

	/**
	 * Answers in an open thread.
	 * @throws DiscussionStateException when the thread is resolved
	 */
	public void reply(UUID projectId, UUID threadId, String body, CurrentUser author) {
		UUID planId = participant(projectId, author);
		String text = checked(body);
		Set<UUID> mentioned = mentions(projectId, text, author);
		this.discussions.post(OWNER, planId, threadId, author.id(), text, mentioned);
		posted(projectId, null, threadId, author, mentioned, "PLAN_COMMENT_POSTED");
	}

	public void resolve(UUID projectId, UUID threadId, CurrentUser by) {
		this.discussions.resolve(OWNER, participant(projectId, by), threadId, by.id());
		audit(projectId, threadId, by, "PLAN_COMMENT_RESOLVED");
	}

	public void reopen(UUID projectId, UUID threadId, CurrentUser by) {
		this.discussions.reopen(OWNER, participant(projectId, by), threadId, by.id());
		audit(projectId, threadId, by, "PLAN_COMMENT_REOPENED");
	}

	/**
	 * Whether the person may comment on the project's plan (404 when they may not see
	 * it).
	 */
	@Transactional(readOnly = true)
	public boolean mayComment(UUID projectId, CurrentUser person) {
		return this.projects.roleOf(projectId, person.id()).isPresent() || this.plans.mayEdit(projectId, person);
	}

	/** The plan's id, when the person may take part in its comments. */
	private UUID participant(UUID projectId, CurrentUser person) {
		UUID planId = this.plans.planId(projectId, person);
		if (!mayComment(projectId, person)) {
			throw new ForbiddenException("plan");
		}
		return planId;
	}

	/**
	 * The project members a text mentions as {@code @username}, other than its author.
	 */
	private Set<UUID> mentions(UUID projectId, String text, CurrentUser author) {
		Set<String> usernames = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find() && usernames.size() < MAX_MENTIONS) {
			usernames.add(matcher.group(1));
		}
		if (usernames.isEmpty()) {
			return Set.of();
		}
		Set<UUID> members = new HashSet<>();
		this.projects.members(projectId).stream().map(ProjectMember::userId).forEach(members::add);
		Set<UUID> mentioned = new LinkedHashSet<>();
		for (String username : usernames) {
			this.accounts.findByUsername(username)
				.map(AccountCredentials::id)
				.filter(members::contains)
				.filter((id) -> !id.equals(author.id()))
				.ifPresent(mentioned::add);
		}
		return mentioned;
	}

	private static String checked(String body) {
		String text = (body != null) ? body.strip() : "";
		if (PlainText.hasUnshowable(text)) {
			throw new InvalidRequestException("body", "plan.section.error.unshowable");
		}
		text = PlainText.normalise(text);
		if (text.isBlank()) {
			throw new InvalidRequestException("body", "plan.comment.error.empty");
		}
		if (text.length() > MAX_COMMENT) {
			throw new InvalidRequestException("body", "plan.comment.error.tooLong", MAX_COMMENT);
		}
		return text;
	}

	private void posted(UUID projectId, String sectionKey, UUID threadId, CurrentUser author, Set<UUID> mentioned,
			String action) {
		audit(projectId, threadId, author, action);
		if (!mentioned.isEmpty()) {
			this.events.publishEvent(new PlanCommentPosted(projectId, sectionKey, threadId, author.id(), mentioned));
		}
	}

	private void audit(UUID projectId, UUID threadId, CurrentUser by, String action) {
		this.events.publishEvent(
				AuditEvent.success(by, action, "PlanComment", threadId, null).withDetails("project=" + projectId));
	}

}
