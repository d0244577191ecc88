-- The user lists read one page at a time, by name (everyone's, or one organisation's), by
-- username (unique, already indexed) or by creation; each order has an index ending with the id.
create index app_user_list_name on app_user (lower(display_name), id);
create index app_user_list_organisation_name on app_user (organisation_id, lower(display_name), id);
create index app_user_list_created on app_user (created_at, id);
