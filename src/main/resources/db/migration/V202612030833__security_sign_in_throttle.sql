-- Sign-in throttling, shared by every instance. One row per client address ('ADDRESS'), per account name
-- ('ACCOUNT', known or not) and per account name and address ('PAIR'). Attempts are counted before the
-- password is checked, in one statement per attempt, so that concurrent attempts cannot slip past a limit.
create table sign_in_throttle (
    id            bigint generated always as identity primary key,
    key           varchar(300) not null unique,
    kind          varchar(10)  not null check (kind in ('ADDRESS', 'ACCOUNT', 'PAIR')),
    subject       varchar(300) not null,
    failures      int          not null,
    window_start  timestamptz  not null,
    blocked_until timestamptz,
    updated_at    timestamptz  not null
);
create index sign_in_throttle_blocked on sign_in_throttle (blocked_until) where blocked_until is not null;
create index sign_in_throttle_updated on sign_in_throttle (updated_at);

-- Locks the row of a key (creating it), starting a new window when the old one has passed and nothing blocks.
create function sign_in_throttle_row(p_kind varchar, p_key varchar, p_subject varchar, p_now timestamptz,
                                     p_window interval) returns sign_in_throttle
    language plpgsql volatile as
$$
declare
    r sign_in_throttle;
begin
    insert into sign_in_throttle (key, kind, subject, failures, window_start, updated_at)
    values (p_key, p_kind, p_subject, 0, p_now, p_now)
    on conflict (key) do nothing;
    select * into r from sign_in_throttle where key = p_key for update;
    if r.window_start <= p_now - p_window and coalesce(r.blocked_until <= p_now, true) then
        r.failures := 0;
        r.window_start := p_now;
        r.blocked_until := null;
    end if;
    return r;
end;
$$;

-- Checks and counts one sign-in attempt before its password is checked, as if it failed (a success settles
-- it, see sign_in_throttle_settle). Rows are locked in the order address, account, pair, here and when
-- settling, so two attempts never deadlock. Refused attempts are not counted.
--   refusal: null (go ahead), 'ADDRESS' (this address failed too often), 'PAIR' (this account from this
--   address must wait: p_first_delay after the last free attempt, doubling with every further failure);
--   account_locked: the account was locked before this attempt (the right password then needs a second check).
create function sign_in_throttle_reserve(p_address varchar, p_account varchar, p_now timestamptz,
                                         p_window interval, p_free int, p_first_delay interval, p_max_delay interval,
                                         p_lock_after int, p_lock interval,
                                         p_address_window interval, p_address_limit int, p_address_block interval,
                                         out refusal varchar, out retry_at timestamptz, out account_locked boolean)
    language plpgsql volatile as
$$
declare
    a sign_in_throttle;
    u sign_in_throttle;
    p sign_in_throttle;
begin
    account_locked := false;
    a := sign_in_throttle_row('ADDRESS', 'address:' || p_address, p_address, p_now, p_address_window);
    if a.blocked_until > p_now then
        refusal := 'ADDRESS';
        retry_at := a.blocked_until;
        return;
    end if;
    u := sign_in_throttle_row('ACCOUNT', 'account:' || p_account, p_account, p_now, p_window);
    p := sign_in_throttle_row('PAIR', 'pair:' || p_account || '|' || p_address, p_account || ' | ' || p_address,
                              p_now, p_window);
    if p.blocked_until > p_now then
        refusal := 'PAIR';
        retry_at := p.blocked_until;
        return;
    end if;
    a.failures := a.failures + 1;
    if a.failures > p_address_limit then
        update sign_in_throttle set failures = a.failures, window_start = a.window_start,
            blocked_until = p_now + p_address_block, updated_at = p_now where id = a.id;
        refusal := 'ADDRESS';
        retry_at := p_now + p_address_block;
        return;
    end if;
    account_locked := coalesce(u.blocked_until > p_now, false);
    u.failures := u.failures + 1;
    if not account_locked and u.failures >= p_lock_after then
        u.blocked_until := p_now + p_lock;
    end if;
    p.failures := p.failures + 1;
    if p.failures >= p_free then
        p.blocked_until := p_now + least(p_max_delay, p_first_delay * power(2, least(p.failures - p_free, 20)));
    end if;
    update sign_in_throttle set failures = a.failures, window_start = a.window_start, blocked_until = a.blocked_until,
        updated_at = p_now where id = a.id;
    update sign_in_throttle set failures = u.failures, window_start = u.window_start, blocked_until = u.blocked_until,
        updated_at = p_now where id = u.id;
    update sign_in_throttle set failures = p.failures, window_start = p.window_start, blocked_until = p.blocked_until,
        updated_at = p_now where id = p.id;
end;
$$;

-- The attempt counted by sign_in_throttle_reserve had the right password: it no longer counts against the
-- address, the pair starts afresh, and the account's failures are forgotten (with its lock when p_unlock).
create function sign_in_throttle_settle(p_address varchar, p_account varchar, p_now timestamptz, p_unlock boolean)
    returns void
    language plpgsql volatile as
$$
begin
    update sign_in_throttle set failures = greatest(failures - 1, 0), updated_at = p_now
    where key = 'address:' || p_address;
    if p_unlock then
        delete from sign_in_throttle where key = 'account:' || p_account;
    else
        update sign_in_throttle set failures = greatest(failures - 1, 0), updated_at = p_now
        where key = 'account:' || p_account;
    end if;
    delete from sign_in_throttle where key = 'pair:' || p_account || '|' || p_address;
end;
$$;

-- Links that lift a sign-in lock, mailed when the right password is given for a locked account.
create table sign_in_unlock (
    id         uuid primary key,
    user_id    uuid        not null references app_user (id),
    token_hash varchar(64) not null unique,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index sign_in_unlock_user on sign_in_unlock (user_id, created_at desc);
