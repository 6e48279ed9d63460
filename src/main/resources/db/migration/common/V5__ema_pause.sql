-- The pause of every request to EMA that a Retry-After (429 or 503) asked for. One row, read before
-- each request, so that a restart does not hit EMA early and every instance of a cluster honours it.
create table ema_pause (
    id            integer primary key,
    paused_until  timestamp(6) with time zone,
    reason        varchar,
    recorded_at   timestamp(6) with time zone
);
insert into ema_pause (id) values (1);
