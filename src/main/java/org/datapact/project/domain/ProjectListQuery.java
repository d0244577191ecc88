package org.datapact.project.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datapact.project.ProjectFilter;
import org.datapact.project.ProjectRole;
import org.datapact.project.ProjectStatus;
import org.datapact.project.ProjectSummary;
import org.datapact.project.VisibleProject;
import org.datapact.shared.CurrentUser;
import org.datapact.shared.ListPage;
import org.datapact.shared.PageQuery;
import org.datapact.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One page of the projects a viewer may see, with the viewer's role in each and the
 * total, in one statement whatever the page's size: the visibility rule of
 * {@link ProjectService#canSee} written as SQL, and an order each list index serves
 * ({@code V202612030832__project_list_indexes.sql}).
 */
@Component
class ProjectListQuery {

	/**
	 * The orders the list offers, by key; each ends with the id so that pages never
	 * overlap.
	 */
	static final Map<String, String> ORDERS = Map.of("title", "lower(p.title)", "startDate", "p.start_date", "endDate",
			"p.end_date", "updatedAt", "p.updated_at");

	static final String DEFAULT_ORDER = "title";

	private final JdbcClient jdbc;

	ProjectListQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Rows of the page, the organisation's name left empty for the caller to fill in.
	 */
	ListPage<Row> find(CurrentUser viewer, ProjectFilter filter, PageQuery query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		params.put("viewer", viewer.id());
		if (!viewer.worksAcrossOrganisations()) {
			conditions.add("m.user_id is not null");
			if (!viewer.has(Role.VOLUNTEER)) {
				conditions.add("p.organisation_id = :organisation");
				params.put("organisation", viewer.organisationId());
			}
		}
		if (!filter.statuses().isEmpty()) {
			conditions.add("p.status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).sorted().toList());
		}
		if (filter.organisationId() != null) {
			conditions.add("p.organisation_id = :filterOrganisation");
			params.put("filterOrganisation", filter.organisationId());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		String direction = query.descending() ? " desc" : "";
		String order = ORDERS
			.get((query.sort() != null && ORDERS.containsKey(query.sort())) ? query.sort() : DEFAULT_ORDER) + direction
				+ ", p.id" + direction;
		params.put("limit", query.size());
		params.put("offset", query.offset());
		List<Row> rows = this.jdbc.sql("""
				select p.id, p.organisation_id, p.title, p.purpose, p.country_code, p.start_date, p.end_date,
				       p.status, m.role as viewer_role, count(*) over () as total
				from project p left join project_member m on m.project_id = p.id and m.user_id = :viewer
				""" + where + " order by " + order + " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new Row(
					new ProjectSummary(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
							null, rs.getString("title"), rs.getString("purpose"), rs.getString("country_code"),
							rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
							ProjectStatus.valueOf(rs.getString("status"))),
					Optional.ofNullable(rs.getString("viewer_role")).map(ProjectRole::valueOf), rs.getLong("total")))
			.list();
		long total = rows.isEmpty() ? count(where, params) : rows.get(0).total();
		return query.of(rows, total);
	}

	/** Only past the last page: the rows themselves carry the total otherwise. */
	private long count(String where, Map<String, Object> params) {
		return this.jdbc.sql("""
				select count(*) from project p left join project_member m on m.project_id = p.id and m.user_id = :viewer
				""" + where).params(params).query(Long.class).single();
	}

	record Row(ProjectSummary project, Optional<ProjectRole> viewerRole, long total) {

		VisibleProject visible(String organisationName) {
			ProjectSummary p = this.project;
			return new VisibleProject(new ProjectSummary(p.id(), p.organisationId(), organisationName, p.title(),
					p.purpose(), p.countryCode(), p.startDate(), p.endDate(), p.status()), this.viewerRole);
		}

	}

}
