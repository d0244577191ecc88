-- Classification rule sets are data: one row per version. A published version is immutable
-- (the trigger below refuses to change or delete it), so every stored result can name the
-- exact rules that produced it. At most one draft per rule set.
create table classification_rule_set (
    id              uuid primary key,
    rule_set_key    varchar(100)  not null,
    version         int,
    status          varchar(12)   not null check (status in ('DRAFT', 'PUBLISHED')),
    name            varchar(500)  not null,
    definition      jsonb         not null,
    based_on        uuid references classification_rule_set (id),
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
create unique index classification_rule_set_version on classification_rule_set (rule_set_key, version);
create unique index classification_rule_set_one_draft on classification_rule_set (rule_set_key)
    where status = 'DRAFT';

create function classification_rule_set_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'a published classification rule set version cannot be changed';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger classification_rule_set_immutable before update or delete on classification_rule_set
    for each row execute function classification_rule_set_immutable();

-- A re-classification of every classifiable project after a rule set was published; its
-- progress is written batch by batch so that the admin page shows it.
create table classification_rerun (
    id                 uuid primary key,
    rule_set_version   int           not null,
    status             varchar(12)   not null check (status in ('RUNNING', 'FINISHED', 'FAILED')),
    total              int           not null default 0,
    done               int           not null default 0,
    failures           int           not null default 0,
    changed            int           not null default 0,
    started_by         uuid,
    started_at         timestamptz   not null,
    finished_at        timestamptz,
    last_error         varchar(2000)
);
-- at most one run at a time
create unique index classification_rerun_one_running on classification_rerun ((true)) where status = 'RUNNING';
