-- Application tables, portable between H2 (default) and PostgreSQL.

create sequence watch_SEQ start with 1 increment by 50;
create sequence snapshot_SEQ start with 1 increment by 50;
create sequence change_event_SEQ start with 1 increment by 50;
create sequence pending_removal_SEQ start with 1 increment by 50;

-- One EPAR page that is checked on a schedule, with its fetch and error state.
create table watch (
    id               bigint primary key,
    slug             varchar(200)  not null,
    url              varchar(2000) not null,
    product_number   varchar(100),
    name             varchar(500),
    created_at       timestamp(6) with time zone not null,
    last_checked_at  timestamp(6) with time zone,
    next_check_at    timestamp(6) with time zone not null,
    etag             varchar(500),
    last_modified    varchar(100),
    content_hash     varchar(64),
    last_outcome     varchar(20),
    error_count      integer not null default 0,
    last_error       varchar(2000),
    problem          varchar(2000),
    suspect_hash     varchar(64),
    suspect_streak   integer not null default 0,
    constraint uq_watch_slug unique (slug)
);
create index ix_watch_next_check on watch (next_check_at);

-- An immutable, distinct version of a watched page.
create table snapshot (
    id               bigint primary key,
    watch_id         bigint not null references watch (id) on delete cascade,
    version_no       integer not null,
    status           varchar(20) not null,
    suspect_reason   varchar(2000),
    content_hash     varchar(64) not null,
    raw_body         bytea not null,
    model_json       varchar(1000000),
    http_status      integer not null,
    content_type     varchar(200),
    etag             varchar(500),
    last_modified    varchar(100),
    fetched_at       timestamp(6) with time zone not null,
    fetch_millis     bigint not null,
    constraint uq_snapshot_version unique (watch_id, version_no)
);

-- A typed change between two versions, computed once when the newer version is stored.
create table change_event (
    id               bigint primary key,
    watch_id         bigint references watch (id) on delete set null,
    snapshot_id      bigint references snapshot (id) on delete set null,
    product          varchar(200) not null,
    product_number   varchar(100),
    product_name     varchar(500),
    type             varchar(40)  not null,
    document_key     varchar(2000),
    document_title   varchar(2000),
    document_url     varchar(2000),
    language         varchar(10),
    field            varchar(100),
    before_value     varchar(100000),
    after_value      varchar(100000),
    diff             varchar(200000),
    detected_at      timestamp(6) with time zone not null
);
create index ix_change_detected on change_event (detected_at);
create index ix_change_product on change_event (product, detected_at);

-- A document or translation missing from the latest good version, published as removed
-- only when the next successful check still lacks it.
create table pending_removal (
    id               bigint primary key,
    watch_id         bigint not null references watch (id) on delete cascade,
    type             varchar(40) not null,
    document_key     varchar(2000) not null,
    language         varchar(10),
    document_json    varchar(200000) not null,
    created_at       timestamp(6) with time zone not null
);
