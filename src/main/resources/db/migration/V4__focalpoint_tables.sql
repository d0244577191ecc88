-- Focal points (IOM Table C): who holds each organisation's primary and secondary role, and when.
-- Names, titles, phones, e-mails and handover texts are AES-GCM ciphertext, never plaintext.
create table focal_point (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    role              varchar(10) not null check (role in ('PRIMARY', 'SECONDARY')),
    name              varchar(1000),
    title             varchar(1000),
    mobile            varchar(1000),
    email             varchar(1000),
    alternative_phone varchar(1000),
    working_language  varchar(10),
    user_id           uuid references app_user (id),
    effective_from    date        not null,
    effective_until   date,
    confirmed_at      timestamptz,
    erased_at         timestamptz,
    created_by        uuid,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    check (effective_until is null or effective_until >= effective_from)
);
create index focal_point_organisation on focal_point (organisation_id, role, effective_from);
-- at most one open-ended holding per role: the current holder, or the successor once designated
create unique index focal_point_one_open_holding on focal_point (organisation_id, role)
    where effective_until is null;

create table focal_point_handover (
    id                uuid primary key,
    outgoing_id       uuid        not null references focal_point (id),
    incoming_id       uuid        not null unique references focal_point (id),
    agreements        varchar(20000),
    open_issues       varchar(20000),
    notes             varchar(20000),
    created_by        uuid,
    created_at        timestamptz not null
);

create table focal_point_handover_item (
    id          uuid primary key,
    handover_id uuid         not null references focal_point_handover (id),
    position    int          not null,
    item_key    varchar(100) not null,
    done_at     timestamptz,
    done_by     uuid
);
create index focal_point_handover_item_handover on focal_point_handover_item (handover_id, position);

create table focal_point_confirmation (
    id             uuid primary key,
    focal_point_id uuid        not null references focal_point (id),
    token_hash     varchar(64) not null unique,
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    used_at        timestamptz
);
