-- Who has which room (a plan section, say) open on which instance, so that every instance can
-- show everyone. One row per open stream, renewed by its instance's heartbeat and removed when the
-- stream ends; rows of an instance that stopped without cleaning up expire.
-- Unlogged: presence is a few seconds' worth of state that is rebuilt by the streams themselves,
-- so it need not be written to the WAL or replicated, and a database crash may empty it.
create unlogged table live_presence (
    stream_id    uuid primary key,
    room         varchar(121) not null,
    user_id      uuid not null,
    display_name varchar(200) not null,
    instance_id  varchar(64) not null,
    editing      boolean not null default false,
    opened_at    timestamptz not null default now(),
    expires_at   timestamptz not null
);

create index live_presence_room on live_presence (room, expires_at);
create index live_presence_instance on live_presence (instance_id);
create index live_presence_expiry on live_presence (expires_at);
