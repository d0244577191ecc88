create table organisation (
    id           uuid primary key,
    name         varchar(200) not null,
    kind         varchar(20)  not null check (kind in ('OPERATOR', 'PARTNER')),
    country_code varchar(2),
    active       boolean      not null default true,
    version      bigint       not null default 0,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null
);
create unique index organisation_name_unique on organisation (lower(name));
-- at most one operating organisation
create unique index organisation_single_operator on organisation (kind) where kind = 'OPERATOR';

create table app_user (
    id                   uuid primary key,
    organisation_id      uuid         not null references organisation (id),
    username             varchar(100) not null unique,
    display_name         varchar(200) not null,
    email                varchar(254) not null,
    password_hash        varchar(255) not null,
    active               boolean      not null default true,
    must_change_password boolean      not null default false,
    version              bigint       not null default 0,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);
create index app_user_organisation on app_user (organisation_id);

create table app_user_role (
    user_id uuid        not null references app_user (id),
    role    varchar(20) not null check (role in ('PARTNER', 'VOLUNTEER', 'SCOPER', 'ADMIN')),
    primary key (user_id, role)
);
