-- One politeness budget towards EMA for every instance of a cluster (README, "Politeness across
-- instances"). ema_turn: one row per request that may be in flight at once (one row while the
-- minimum gap is above zero). An instance takes a free row whose last request ended at least the gap
-- ago with one conditional update, sends, and releases it with last_end = the end of its request.
-- A row whose holder died is free once its lease (and the gap after it) has passed. Rows are
-- created by the application as needed, so changing max-in-flight needs no migration.
create table ema_turn (
    slot         integer primary key,
    holder       varchar(200),
    lease_until  timestamp(6) with time zone,
    last_end     timestamp(6) with time zone
);

-- EMA's robots.txt as last fetched by any instance (one row): the others reuse it until expires_at.
-- body: the text (empty when EMA answered 4xx: everything allowed); unreachable: why it could not
-- be read (everything disallowed until expires_at, a short recheck).
-- refreshing_by/refreshing_until claim the next fetch, so concurrent instances do not all fetch it.
create table ema_robots (
    id                integer primary key,
    body              varchar,
    unreachable       varchar,
    fetched_at        timestamp(6) with time zone,
    expires_at        timestamp(6) with time zone,
    refreshing_by     varchar(200),
    refreshing_until  timestamp(6) with time zone
);

-- The one turn while the gap is above zero (the default); more are added as max-in-flight needs.
insert into ema_turn (slot) values (0);
