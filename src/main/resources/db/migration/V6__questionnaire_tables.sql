-- Questionnaire templates are data: one row per version. A published version is immutable
-- (the trigger below refuses to change or delete it), so a questionnaire keeps the exact
-- questions it was started with.
create table questionnaire_template (
    id            uuid primary key,
    template_key  varchar(63)  not null,
    version       int,
    status        varchar(12)  not null check (status in ('DRAFT', 'PUBLISHED')),
    title         varchar(500) not null,
    definition    jsonb        not null,
    based_on      uuid references questionnaire_template (id),
    created_by    uuid,
    created_at    timestamptz  not null,
    updated_by    uuid,
    updated_at    timestamptz  not null,
    published_by  uuid,
    published_at  timestamptz,
    lock_version  bigint       not null default 0,
    check ((status = 'PUBLISHED') = (version is not null and published_at is not null))
);
create unique index questionnaire_template_version on questionnaire_template (template_key, version);
create unique index questionnaire_template_one_draft on questionnaire_template (template_key)
    where status = 'DRAFT';

create function questionnaire_template_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'a published questionnaire template version cannot be changed';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger questionnaire_template_immutable before update or delete on questionnaire_template
    for each row execute function questionnaire_template_immutable();

create table questionnaire (
    id               uuid primary key,
    project_id       uuid        not null unique,
    organisation_id  uuid        not null,
    template_id      uuid        not null references questionnaire_template (id),
    status           varchar(12) not null check (status in ('IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    revision         int         not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          bigint      not null default 0
);
create index questionnaire_organisation on questionnaire (organisation_id);

-- One entry of a repeating group, e.g. one dataset of the inventory.
create table questionnaire_entry (
    id                uuid primary key,
    questionnaire_id  uuid        not null references questionnaire (id),
    group_key         varchar(63) not null,
    position          int         not null,
    created_by        uuid,
    created_at        timestamptz not null
);
create index questionnaire_entry_questionnaire on questionnaire_entry (questionnaire_id, group_key, position);

-- The working answers, one row per question (per entry for group members), versioned
-- one by one so that several people can fill in different questions at once.
create table questionnaire_answer (
    questionnaire_id  uuid        not null references questionnaire (id),
    entry_id          uuid references questionnaire_entry (id) on delete cascade,
    question_key      varchar(63) not null,
    value             jsonb,
    version           int         not null,
    updated_by        uuid,
    updated_at        timestamptz not null
);
create unique index questionnaire_answer_key on questionnaire_answer (questionnaire_id, question_key, entry_id)
    nulls not distinct;

-- A submitted revision: the answers that counted (hidden ones discarded), frozen.
create table questionnaire_revision (
    id                uuid primary key,
    questionnaire_id  uuid        not null references questionnaire (id),
    number            int         not null,
    template_id       uuid        not null references questionnaire_template (id),
    answers           jsonb       not null,
    submitted_by      uuid        not null,
    submitted_at      timestamptz not null,
    outcome           varchar(12) check (outcome in ('ACCEPTED', 'RETURNED')),
    reviewed_by       uuid,
    reviewed_at       timestamptz,
    review_note       varchar(5000),
    unique (questionnaire_id, number)
);

create table questionnaire_clarification (
    id                uuid primary key,
    questionnaire_id  uuid        not null references questionnaire (id),
    question_key      varchar(63) not null,
    entry_id          uuid,
    revision          int         not null,
    status            varchar(12) not null check (status in ('OPEN', 'RESOLVED')),
    created_by        uuid        not null,
    created_at        timestamptz not null,
    resolved_by       uuid,
    resolved_at       timestamptz,
    version           bigint      not null default 0
);
create index questionnaire_clarification_questionnaire on questionnaire_clarification (questionnaire_id);

create table questionnaire_clarification_message (
    id                uuid primary key,
    clarification_id  uuid          not null references questionnaire_clarification (id),
    author_id         uuid          not null,
    body              varchar(5000) not null,
    created_at        timestamptz   not null
);
create index questionnaire_clarification_message_thread on questionnaire_clarification_message (clarification_id, created_at);
