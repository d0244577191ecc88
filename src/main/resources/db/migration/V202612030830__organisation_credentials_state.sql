-- When an account's credentials or access last changed (own password change, an administrator's reset,
-- deactivation, a change of roles). A session or API token from before that instant ends: every signed-in
-- request compares it with the one its session began with, so this works across instances and with sessions
-- kept in the database.
alter table app_user add column credentials_changed_at timestamptz;
update app_user set credentials_changed_at = updated_at;
alter table app_user alter column credentials_changed_at set not null;

-- A temporary password (set by an administrator) stops working after this instant.
alter table app_user add column temporary_password_expires_at timestamptz;

-- Organisations the demo profile created: the demo refuses to start against a database holding others.
alter table organisation add column demo boolean not null default false;
update organisation set demo = true
where (name, kind) in (('DataPact Operations', 'OPERATOR'), ('Hope Relief International', 'PARTNER'),
                       ('Sahel Data Network', 'PARTNER'));
