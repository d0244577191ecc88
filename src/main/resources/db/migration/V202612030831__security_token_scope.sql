-- What a personal API token may do: read only, or read and write. Tokens made before scopes existed keep
-- the power they were created with.
alter table api_token add column scope varchar(16) not null default 'READ_WRITE'
    check (scope in ('READ', 'READ_WRITE'));
alter table api_token alter column scope drop default;
