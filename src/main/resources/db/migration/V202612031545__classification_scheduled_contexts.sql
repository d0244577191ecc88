-- Time that moves by itself: contexts that start or end on their dates, review-by dates
-- that pass, and re-assessment marks that can always be cleared.

-- ShedLock: a scheduled job runs on one instance at a time
create table shedlock (
    name        varchar(64)  primary key,
    lock_until  timestamptz  not null,
    locked_at   timestamptz  not null,
    locked_by   varchar(255) not null
);

-- Whether the start and the end of a declared context have been applied (projects re-run,
-- marked and their scopers told). A context that starts in the future waits for its date.
alter table classification_context
    add column started boolean not null default false,
    add column ended   boolean not null default false;
update classification_context set started = effective_from <= current_date;
update classification_context set ended = true where effective_to is not null and effective_to <= current_date;
-- the end date is the first day the context no longer applies
alter table classification_context drop constraint if exists classification_context_check;
alter table classification_context add constraint classification_context_period
    check (effective_to is null or effective_to > effective_from) not valid;
create index classification_context_pending on classification_context (effective_from, effective_to)
    where not started or not ended;

-- Why a project was marked, and how the mark was cleared
alter table classification_reassessment
    add column reason      varchar(16)   not null default 'CONTEXT_STARTED'
        check (reason in ('CONTEXT_STARTED', 'CONTEXT_ENDED')),
    add column clear_reason varchar(16)
        check (clear_reason in ('RERUN', 'CONTEXT_ENDED', 'NOTE')),
    add column clear_note  varchar(2000);
update classification_reassessment set clear_reason = 'RERUN' where cleared_at is not null;

-- "Reviewed, no change": a scoper looked at a result past (or near) its review-by date and
-- kept it, with a note; the result's review-by date moves to next_review_by.
create table classification_review (
    id              uuid          primary key,
    project_id      uuid          not null,
    run_id          uuid          not null references classification_run (id),
    note            varchar(2000) not null,
    reviewed_by     uuid          not null,
    reviewed_at     timestamptz   not null,
    next_review_by  date          not null
);
create index classification_review_run on classification_review (run_id, next_review_by desc);
create index classification_review_project on classification_review (project_id, reviewed_at desc);

-- Which passed review-by dates were mailed, to the scopers and (a week later) to the admins
create table classification_review_notice (
    project_id           uuid        not null,
    review_by            date        not null,
    scopers_notified_at  timestamptz,
    admins_notified_at   timestamptz,
    -- a closed project's review is nobody's task: recorded so that it is not looked at again
    skipped              boolean     not null default false,
    primary key (project_id, review_by)
);
