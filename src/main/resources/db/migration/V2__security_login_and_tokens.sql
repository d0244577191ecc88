create table login_event (
    id          bigint generated always as identity primary key,
    user_id     uuid        not null references app_user (id),
    occurred_at timestamptz not null,
    address     varchar(64),
    user_agent  varchar(300),
    success     boolean     not null
);
create index login_event_user on login_event (user_id, occurred_at desc);

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);
