-- Records whose unreadable fields (format drift) kept their previous values.
alter table export_run add column kept integer;
