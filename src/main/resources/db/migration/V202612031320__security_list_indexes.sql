-- A person's tokens and sign-ins are listed a page at a time, newest first.
create index api_token_list on api_token (user_id, created_at desc, id desc);
create index login_event_list on login_event (user_id, occurred_at desc, id desc);
drop index login_event_user;
