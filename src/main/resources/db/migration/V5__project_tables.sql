-- Projects with a partner organisation, and who works on them.
create table project (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    title           varchar(200)  not null,
    purpose         varchar(4000) not null,
    country_code    varchar(2)    not null,
    start_date      date          not null,
    end_date        date          not null,
    status          varchar(20)   not null check (status in ('SCOPING', 'DESIGN', 'ACTIVE', 'CLOSED')),
    created_by      uuid,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    check (end_date >= start_date)
);
create index project_organisation on project (organisation_id);

create table project_member (
    id         uuid primary key,
    project_id uuid        not null references project (id),
    user_id    uuid        not null references app_user (id),
    role       varchar(20) not null
        check (role in ('PARTNER_STAFF', 'PROJECT_CHAMPION', 'SCOPER', 'VOLUNTEER')),
    added_by   uuid,
    added_at   timestamptz not null,
    updated_at timestamptz not null,
    unique (project_id, user_id)
);
create index project_member_user on project_member (user_id);
-- at most one project champion per project
create unique index project_member_one_champion on project_member (project_id) where role = 'PROJECT_CHAMPION';
