-- The outbox: every mail and webhook call to send, written in the transaction of the events (or the
-- digest run) it delivers, sent by a worker that claims it, retried with back-off, marked once.
create sequence delivery_SEQ start with 1 increment by 50;
create table delivery (
    id               bigint primary key,
    kind             varchar(20) not null,
    state            varchar(10) not null,
    subscription_id  bigint,
    webhook_id       bigint,
    recipient        varchar,
    event_ids        varchar,
    attempts         integer not null default 0,
    created_at       timestamp(6) with time zone not null,
    next_attempt_at  timestamp(6) with time zone not null,
    last_attempt_at  timestamp(6) with time zone,
    sent_at          timestamp(6) with time zone,
    last_error       varchar,
    claimed_by       varchar(200),
    claimed_until    timestamp(6) with time zone
);
create index ix_delivery_due on delivery (state, next_attempt_at);
create index ix_delivery_subscription on delivery (subscription_id);
create index ix_delivery_webhook on delivery (webhook_id);
