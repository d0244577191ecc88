-- An organisation's focal point history is listed a page at a time, by role then newest first.
create index focal_point_history on focal_point (organisation_id, role, effective_from desc, id);
