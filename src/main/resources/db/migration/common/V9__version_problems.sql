-- What a version's parse had to leave out (e.g. a document entry whose English link is unreadable),
-- one sentence a line, so the user sees why a document is missing from an accepted page.
alter table snapshot add column problems varchar;
