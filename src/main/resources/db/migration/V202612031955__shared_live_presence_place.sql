-- Where in a room a person is: a part of the page (one section of a plan) that their page says
-- they are reading or typing in, so that each part can show who is there. Empty: the room as a whole.
alter table live_presence add column place varchar(80) not null default '';
