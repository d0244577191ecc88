-- The chain is keyed: each entry's hash is an HMAC-SHA256 under a key kept outside the database, named
-- here. Entries written before keys existed (key_id null) keep their plain SHA-256 hashes; the first keyed
-- entry covers the last of them, so rewriting them breaks the keyed chain.
alter table audit_entry add column key_id varchar(64);

-- With separate migration and application users (every deployment: see docker-compose.yml), the
-- application may only read and add audit entries. Repeated here for databases migrated before the
-- separation, so that any deployment ends in the same shape.
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
        execute format('revoke all on flyway_schema_history from %I', '${application_user}');
        execute format('grant select on flyway_schema_history to %I', '${application_user}');
    end if;
end;
$$;
