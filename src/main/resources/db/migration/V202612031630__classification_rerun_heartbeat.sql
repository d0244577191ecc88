-- A re-classification run belongs to the instance that runs it: that instance beats a
-- heartbeat while it works, and only a run whose heartbeat stopped is failed by others.
alter table classification_rerun
    add column instance_id   varchar(64),
    add column heartbeat_at  timestamptz;
