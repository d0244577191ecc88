#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d).
# Two roles: datapact_owner owns the schema and runs the migrations; datapact_app is what DataPact
# connects as and may only read and add audit entries (the migrations grant it that). The superuser
# (POSTGRES_USER) is never given to DataPact.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$DATAPACT_OWNER_PASSWORD" -v app_password="$DATAPACT_APP_PASSWORD" <<'SQL'
create role datapact_owner login password :'owner_password';
create role datapact_app login password :'app_password';
create database datapact owner datapact_owner;
\connect datapact
revoke all on schema public from public;
grant usage on schema public to datapact_app;
SQL
