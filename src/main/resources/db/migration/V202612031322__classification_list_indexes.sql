-- A project's runs are listed a page at a time, newest first; context declarations too, each
-- with how many projects it marked.
create index classification_run_history on classification_run (project_id, evaluated_at desc, id desc);
drop index classification_run_project;
create index classification_context_list on classification_context (declared_at desc, id);
create index classification_reassessment_context on classification_reassessment (context_id);
