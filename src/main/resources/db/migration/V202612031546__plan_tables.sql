-- The Data Management Plan: plan templates (the third kind of versioned definition), one
-- plan per project, its sections (each with its own version, so that co-editors never
-- overwrite each other) and a revision for every save.
create table plan_template (
    id              uuid primary key,
    template_key    varchar(63)   not null,
    version         int,
    status          varchar(12)   not null check (status in ('DRAFT', 'PUBLISHED')),
    title           varchar(500)  not null,
    definition      jsonb         not null,
    based_on        uuid references plan_template (id),
    created_by      uuid,
    created_at      timestamptz   not null,
    updated_by      uuid,
    updated_at      timestamptz   not null,
    published_by    uuid,
    published_at    timestamptz,
    publish_reason  varchar(2000),
    lock_version    bigint        not null default 0,
    check ((status = 'PUBLISHED') = (version is not null and published_at is not null))
);
create unique index plan_template_version on plan_template (template_key, version);
create unique index plan_template_one_draft on plan_template (template_key) where status = 'DRAFT';
create trigger plan_template_immutable before update or delete on plan_template
    for each row execute function definition_version_immutable();

create table plan (
    id           uuid primary key,
    project_id   uuid         not null unique references project (id),
    template_id  uuid         not null references plan_template (id),
    status       varchar(20)  not null check (status in ('DRAFT')),
    created_at   timestamptz  not null,
    version      bigint       not null default 0
);

create table plan_section (
    id            uuid primary key,
    plan_id       uuid          not null references plan (id),
    section_key   varchar(63)   not null,
    position      int           not null,
    body          text          not null,
    version       int           not null,
    updated_by    uuid,
    updated_at    timestamptz   not null,
    unique (plan_id, section_key),
    check (length(body) <= 100000)
);

create table plan_revision (
    id              uuid primary key,
    section_id      uuid          not null references plan_section (id),
    section_version int           not null,
    body            text          not null,
    author_id       uuid,
    created_at      timestamptz   not null,
    unique (section_id, section_version)
);
