-- The client (IP address) whose request caused a confirmation mail, on the mail itself: a pending
-- subscription requested again from another client sends its confirmation again, and that mail
-- counts against the client that asked for it, not the one that first created the subscription.
alter table delivery add column client varchar(100);

update delivery
   set client = (select s.client from subscription s where s.id = delivery.subscription_id)
 where kind = 'CONFIRMATION';

create index ix_delivery_kind_client on delivery (kind, client, created_at);
