-- Append-only, hash-chained audit log. People are referred to by id in the hashed fields;
-- actor_label is a display aid outside the hash.
create table audit_entry (
    seq             bigint primary key,
    occurred_at     timestamptz  not null,
    actor_id        uuid,
    actor_label     varchar(100),
    action          varchar(64)  not null,
    entity_type     varchar(64),
    entity_id       varchar(100),
    organisation_id uuid,
    address         varchar(64),
    outcome         varchar(16)  not null,
    details         varchar(2000),
    previous_hash   char(64)     not null,
    hash            char(64)     not null unique
);
create index audit_entry_actor on audit_entry (actor_id, seq desc);
create index audit_entry_organisation on audit_entry (organisation_id, seq desc);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_time on audit_entry (occurred_at);

create function audit_entry_reject_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_reject_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_reject_change();

-- With separate migration and application users, the application may only add and read entries.
do
$$
begin
    if '${application_user}' <> '' and '${application_user}' <> current_user then
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${application_user}');
        execute format('grant usage, select on all sequences in schema public to %I', '${application_user}');
        execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', '${application_user}');
        execute format('alter default privileges in schema public grant usage, select on sequences to %I', '${application_user}');
        execute format('revoke all on audit_entry from %I', '${application_user}');
        execute format('grant select, insert on audit_entry to %I', '${application_user}');
    end if;
end;
$$;
