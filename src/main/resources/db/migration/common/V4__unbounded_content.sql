-- Content EMA controls is stored whole: a title, URL, name or model of any length never fails a
-- check or an ingestion. Plain varchar without a length is unbounded on H2 and PostgreSQL.
-- Identifiers we bound ourselves (slug, product number) keep their length: longer ones are refused
-- or skipped before they reach the database.

alter table watch alter column url set data type varchar;
alter table watch alter column name set data type varchar;
alter table watch alter column etag set data type varchar;
alter table watch alter column last_error set data type varchar;
alter table watch alter column problem set data type varchar;

alter table snapshot alter column suspect_reason set data type varchar;
alter table snapshot alter column model_json set data type varchar;
alter table snapshot alter column content_type set data type varchar;
alter table snapshot alter column etag set data type varchar;

alter table change_event alter column product_name set data type varchar;
alter table change_event alter column document_key set data type varchar;
alter table change_event alter column document_title set data type varchar;
alter table change_event alter column document_url set data type varchar;
alter table change_event alter column language set data type varchar;
alter table change_event alter column before_value set data type varchar;
alter table change_event alter column after_value set data type varchar;
alter table change_event alter column diff set data type varchar;

alter table pending_removal alter column document_key set data type varchar;
alter table pending_removal alter column language set data type varchar;
alter table pending_removal alter column document_json set data type varchar;

-- PostgreSQL cannot index a value over ~2.7 KB, and names are now unbounded; the catalogue is a few
-- thousand rows, sorted in memory without the index.
drop index ix_medicine_name;
alter table medicine alter column category set data type varchar;
alter table medicine alter column name set data type varchar;
alter table medicine alter column inn set data type varchar;
alter table medicine alter column active_substance set data type varchar;
alter table medicine alter column status set data type varchar;
alter table medicine alter column holder set data type varchar;
alter table medicine alter column atc_code set data type varchar;
alter table medicine alter column therapeutic_area set data type varchar;
alter table medicine alter column latest_procedure set data type varchar;
alter table medicine alter column revision set data type varchar;
alter table medicine alter column medicine_url set data type varchar;

alter table product_version alter column model_json set data type varchar;

alter table export_run alter column error set data type varchar;
alter table export_run alter column etag set data type varchar;
