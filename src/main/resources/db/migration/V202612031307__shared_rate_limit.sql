-- Rate limits shared by every instance: a fixed window per key (API writes per token and per account,
-- projects created per organisation). Each request counts in one statement (see RateLimits).
create table rate_limit (
    key          varchar(200) primary key,
    window_start timestamptz not null,
    hits         int         not null
);
create index rate_limit_window on rate_limit (window_start);
