-- The project list reads one page at a time in the order a person chooses; each order has an
-- index that ends with the id, so that a page is read from the index without sorting the table.
create index project_list_title on project (lower(title), id);
create index project_list_start on project (start_date, id);
create index project_list_end on project (end_date, id);
create index project_list_updated on project (updated_at, id);
