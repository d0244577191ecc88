-- Stored classification results. Every run keeps the rule set version that produced it, the
-- context it saw, the full evaluation (fired rules, inputs, combinations) and, per dataset,
-- the computed and the final level (after overrides). Runs are never changed afterwards.
create table classification_run (
    id                      uuid primary key,
    project_id              uuid         not null,
    organisation_id         uuid         not null,
    rule_set_id             varchar(100) not null,
    rule_set_version        int          not null,
    questionnaire_revision  int          not null,
    trigger                 varchar(30)  not null,
    actor_id                uuid,
    evaluated_at            timestamptz  not null,
    computed_level          varchar(12)  not null check (computed_level in ('PUBLIC', 'CONFIDENTIAL', 'SECRET')),
    final_level             varchar(12)  not null check (final_level in ('PUBLIC', 'CONFIDENTIAL', 'SECRET')),
    review_by               date         not null,
    country                 varchar(2),
    contexts                varchar(1000) not null default '',
    evaluation              jsonb        not null
);
create index classification_run_project on classification_run (project_id, evaluated_at desc, id);

create table classification_dataset_result (
    run_id          uuid         not null references classification_run (id),
    dataset_id      varchar(100) not null,
    position        int          not null,
    name            varchar(1000),
    computed_level  varchar(12)  not null check (computed_level in ('PUBLIC', 'CONFIDENTIAL', 'SECRET')),
    final_level     varchar(12)  not null check (final_level in ('PUBLIC', 'CONFIDENTIAL', 'SECRET')),
    override_id     uuid,
    override_note   varchar(40),
    review_by       date         not null,
    primary key (run_id, dataset_id)
);

-- A scoper's change of a dataset's level, with the justification. Raising applies at once;
-- lowering below the computed level waits for a second person's approval.
create table classification_override (
    id               uuid primary key,
    project_id       uuid         not null,
    organisation_id  uuid         not null,
    dataset_id       varchar(100) not null,
    dataset_name     varchar(1000),
    computed_level   varchar(12)  not null check (computed_level in ('PUBLIC', 'CONFIDENTIAL', 'SECRET')),
    requested_level  varchar(12)  not null check (requested_level in ('PUBLIC', 'CONFIDENTIAL', 'SECRET')),
    justification    text         not null,
    status           varchar(24)  not null
        check (status in ('PENDING', 'ACTIVE', 'REJECTED', 'REPLACED', 'NEEDS_RECONFIRMATION')),
    requested_by     uuid         not null,
    requested_at     timestamptz  not null,
    decided_by       uuid,
    decided_at       timestamptz,
    version          bigint       not null default 0
);
create index classification_override_project on classification_override (project_id, dataset_id, requested_at);
create unique index classification_override_one_active on classification_override (project_id, dataset_id)
    where status = 'ACTIVE';
create unique index classification_override_one_pending on classification_override (project_id, dataset_id)
    where status = 'PENDING';

-- A change of context for a country (e.g. active conflict), declared by an administrator:
-- named contexts in force feed the rule engine.
create table classification_context (
    id              uuid primary key,
    country         varchar(2)   not null,
    context_key     varchar(63)  not null,
    description     varchar(2000) not null,
    effective_from  date         not null,
    effective_to    date,
    declared_by     uuid         not null,
    declared_at     timestamptz  not null,
    check (effective_to is null or effective_to >= effective_from)
);
create index classification_context_country on classification_context (country);

-- Projects marked for re-assessment (after a context change), until a scoper re-runs.
create table classification_reassessment (
    id              uuid primary key,
    project_id      uuid         not null,
    context_id      uuid         references classification_context (id),
    marked_at       timestamptz  not null,
    cleared_at      timestamptz,
    cleared_by      uuid
);
create index classification_reassessment_open on classification_reassessment (project_id) where cleared_at is null;
