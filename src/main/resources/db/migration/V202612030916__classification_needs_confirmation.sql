-- A dataset that no rule determined gets the rule set's default level and waits for a scoper to
-- confirm it (by an override at any level, with a justification); the scopers' dashboard lists
-- the projects with such datasets in their latest run.
alter table classification_dataset_result add column needs_confirmation boolean not null default false;
