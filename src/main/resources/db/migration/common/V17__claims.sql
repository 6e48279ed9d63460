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

-- The check tick and the outbox worker are no longer Quartz jobs (they run on every instance), and
-- the jobs that stay are now non-concurrent: a stored job keeps its old job class when Quarkus
-- reschedules it, so the application's stored jobs are removed here and created anew at start.
delete from qrtz_simple_triggers where trigger_group = 'io.quarkus.scheduler.Scheduler';
delete from qrtz_cron_triggers where trigger_group = 'io.quarkus.scheduler.Scheduler';
delete from qrtz_simprop_triggers where trigger_group = 'io.quarkus.scheduler.Scheduler';
delete from qrtz_blob_triggers where trigger_group = 'io.quarkus.scheduler.Scheduler';
delete from qrtz_fired_triggers where trigger_group = 'io.quarkus.scheduler.Scheduler';
delete from qrtz_triggers where trigger_group = 'io.quarkus.scheduler.Scheduler';
delete from qrtz_job_details where job_group = 'io.quarkus.scheduler.Scheduler';
