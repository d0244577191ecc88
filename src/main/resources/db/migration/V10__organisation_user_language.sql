-- The language a person last signed in with or chose, for the mails DataPact sends them.
alter table app_user add column language varchar(8) check (language in ('en', 'fr'));
