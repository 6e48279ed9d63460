-- Webhooks: receivers of signed JSON POSTs of the changes their filter matches, sent through the
-- delivery outbox (delivery.webhook_id). The secret signs each body, so it is stored as given; the
-- API never returns it. Filter parts as ChangeFilter reads them; products one per line.
create sequence webhook_SEQ start with 1 increment by 50;
create table webhook (
    id               bigint primary key,
    url              varchar(2000) not null,
    secret           varchar(200) not null,
    filter_products  varchar,
    filter_types     varchar,
    filter_atc       varchar(200),
    filter_holder    varchar(200),
    filter_source    varchar(10),
    created_at       timestamp(6) with time zone not null
);
