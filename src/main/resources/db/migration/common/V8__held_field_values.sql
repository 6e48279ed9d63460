-- A field that had a value and now has none is held like a removal: the same table keeps it, with
-- the field's name and the value last seen. Such a row names a document only for a document field.
alter table pending_removal add column field varchar;
alter table pending_removal add column held_value varchar;
alter table pending_removal alter column document_key drop not null;
alter table pending_removal alter column document_json drop not null;
