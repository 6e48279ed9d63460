-- One version history for both sources: export versions move into the table of page versions,
-- and every event names the version it was detected in and the one before it.

alter table snapshot add column source varchar(10) default 'PAGE' not null;
alter table snapshot add column product_number varchar(100);
alter table snapshot alter column watch_id drop not null;
alter table snapshot alter column raw_body drop not null;
alter table snapshot alter column http_status drop not null;
alter table snapshot alter column fetch_millis drop not null;
-- Page versions leave product_number null, so this only numbers an export product's versions.
alter table snapshot add constraint uq_snapshot_export_version unique (product_number, version_no);

-- Each id taken from the sequence Hibernate allocates from, so none can collide with its ranges.
insert into snapshot (id, source, product_number, version_no, status, content_hash, model_json,
                      fetched_at)
select nextval('snapshot_SEQ'), 'EXPORT', product_number, version_no, 'GOOD', content_hash,
       model_json, created_at
from product_version;

drop table product_version;
drop sequence product_version_SEQ;
alter table medicine drop column version_no;

alter table change_event add column previous_version_id bigint references snapshot (id) on delete set null;
