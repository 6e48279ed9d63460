-- EMA data exports: the catalogue of every medicine, per-product versions, ingestion runs.

create sequence medicine_SEQ start with 1 increment by 50;
create sequence product_version_SEQ start with 1 increment by 50;
create sequence export_run_SEQ start with 1 increment by 50;

-- Every medicine of the medicines export, kept current; also points at its latest version.
create table medicine (
    id                 bigint primary key,
    product_number     varchar(100) not null,
    slug               varchar(200),
    category           varchar(40),
    name               varchar(500),
    inn                varchar(2000),
    active_substance   varchar(2000),
    status             varchar(100),
    holder             varchar(1000),
    atc_code           varchar(200),
    therapeutic_area   varchar(2000),
    latest_procedure   varchar(200),
    revision           varchar(20),
    first_published    date,
    last_updated       date,
    medicine_url       varchar(2000),
    fields_hash        varchar(64),
    documents_hash     varchar(64),
    version_no         integer not null default 0,
    updated_at         timestamp(6) with time zone not null,
    constraint uq_medicine_product unique (product_number)
);
create index ix_medicine_name on medicine (name);

-- One content-addressed version of a product as the exports describe it (an EparPage as JSON).
create table product_version (
    id                 bigint primary key,
    product_number     varchar(100) not null,
    version_no         integer not null,
    content_hash       varchar(64) not null,
    model_json         varchar(1000000) not null,
    created_at         timestamp(6) with time zone not null,
    constraint uq_product_version unique (product_number, version_no)
);

-- One ingestion attempt of one export.
create table export_run (
    id                 bigint primary key,
    kind               varchar(20) not null,
    fetched_at         timestamp(6) with time zone not null,
    outcome            varchar(20) not null,
    error              varchar(2000),
    export_timestamp   timestamp(6) with time zone,
    records            integer,
    skipped            integer,
    changes            integer,
    versions           integer,
    etag               varchar(500),
    last_modified      varchar(100)
);
create index ix_export_run_kind on export_run (kind, fetched_at);

-- Which sources reported a change: 'page', 'export' or both.
alter table change_event add column sources varchar(40) default 'page' not null;
create index ix_change_dedupe on change_event (product_number, type, detected_at);

-- Removals held back for export products too, not only for watched pages.
alter table pending_removal add column product_number varchar(100);
alter table pending_removal alter column watch_id drop not null;
