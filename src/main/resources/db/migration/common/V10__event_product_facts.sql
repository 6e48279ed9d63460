-- Feeds, subscriptions and webhooks filter changes by ATC code prefix and holder: kept on the event
-- (as the source showed them when the change was detected), so filtering needs no join.
alter table change_event add column atc_code varchar;
alter table change_event add column holder varchar;
update change_event set
    atc_code = (select m.atc_code from medicine m where m.product_number = change_event.product_number),
    holder = (select m.holder from medicine m where m.product_number = change_event.product_number)
  where product_number is not null;
