-- Work is claimed, not assumed: an instance claims a due watch for a lease before checking it, and
-- records the check only while the claim is still its own (the claim is released with the record).
-- A claim left by a dead or frozen instance expires and is taken over.
alter table watch add column claimed_by varchar(200);
alter table watch add column claimed_until timestamp(6) with time zone;

-- One row per job that must run once at a time across the cluster (the export ingestion): its
-- current owner and lease, taken with a conditional update.
create table job_claim (
    name           varchar(100) primary key,
    claimed_by     varchar(200),
    claimed_until  timestamp(6) with time zone
);
insert into job_claim (name) values ('export-ingestion');
