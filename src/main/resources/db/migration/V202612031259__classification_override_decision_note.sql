-- A change of a dataset's level is an aggregate with guarded transitions; a rejection may
-- say why.
alter table classification_override add column decision_note varchar(2000);
