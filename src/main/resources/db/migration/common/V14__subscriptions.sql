-- Email subscriptions (double opt-in), their tokens (only SHA-256 hashes are stored) and the
-- bookkeeping of digests: which events each subscription's digests already covered.
create sequence subscription_SEQ start with 1 increment by 50;
create table subscription (
    id               bigint primary key,
    email            varchar(254) not null,
    mode             varchar(10) not null,
    filter_products  varchar,
    filter_types     varchar,
    filter_atc       varchar(20),
    filter_holder    varchar(200),
    filter_source    varchar(10),
    state            varchar(25) not null,
    client           varchar(100),
    created_at       timestamp(6) with time zone not null,
    confirmed_at     timestamp(6) with time zone,
    last_digest_at   timestamp(6) with time zone,
    unsubscribed_at  timestamp(6) with time zone
);
create index ix_subscription_email on subscription (email);
create index ix_subscription_client on subscription (client, created_at);
create index ix_subscription_active on subscription (state, mode);

create sequence subscription_token_SEQ start with 1 increment by 50;
create table subscription_token (
    id               bigint primary key,
    hash             varchar(64) not null,
    subscription_id  bigint not null,
    purpose          varchar(15) not null,
    created_at       timestamp(6) with time zone not null,
    used_at          timestamp(6) with time zone,
    constraint uq_subscription_token_hash unique (hash)
);
create index ix_subscription_token_subscription on subscription_token (subscription_id);

-- One row per digest mail written: the period it covers (its subject says "since ...").
create sequence digest_SEQ start with 1 increment by 50;
create table digest (
    id               bigint primary key,
    subscription_id  bigint not null,
    delivery_id      bigint not null,
    covers_from      timestamp(6) with time zone not null,
    covers_until     timestamp(6) with time zone not null,
    constraint uq_digest_delivery unique (delivery_id)
);

-- Every event a subscription's digests covered: an event is never in two digests of one
-- subscription, and one committed late (older detected_at) is still picked up by the next.
create sequence digest_item_SEQ start with 1 increment by 50;
create table digest_item (
    id               bigint primary key,
    subscription_id  bigint not null,
    event_id         bigint not null,
    digest_id        bigint not null,
    constraint uq_digest_item unique (subscription_id, event_id)
);
create index ix_delivery_kind_recipient on delivery (kind, recipient, created_at);
