-- Discussion threads, one machinery for every module that discusses something it owns:
-- questionnaire clarifications now, plan comments next. A thread is anchored in its owner
-- (owner_type and owner_id, e.g. a questionnaire) and in what it is about there (anchor_key,
-- e.g. a question key; anchor_item, e.g. a dataset entry; anchor_version, e.g. the
-- revision it was asked on).
create table discussion (
    id              uuid primary key,
    owner_type      varchar(40)  not null,
    owner_id        uuid         not null,
    anchor_key      varchar(100) not null,
    anchor_item     uuid,
    anchor_version  int,
    status          varchar(12)  not null check (status in ('OPEN', 'RESOLVED')),
    opened_by       uuid         not null,
    opened_at       timestamptz  not null,
    resolved_by     uuid,
    resolved_at     timestamptz,
    reopened_by     uuid,
    reopened_at     timestamptz,
    version         bigint       not null default 0,
    check ((status = 'RESOLVED') = (resolved_at is not null))
);
create index discussion_owner on discussion (owner_type, owner_id, opened_at);

create table discussion_message (
    id             uuid primary key,
    discussion_id  uuid          not null references discussion (id),
    author_id      uuid          not null,
    body           varchar(5000) not null,
    mentions       uuid[]        not null default '{}',
    created_at     timestamptz   not null
);
create index discussion_message_thread on discussion_message (discussion_id, created_at);

-- The questionnaire's clarifications become threads of their questionnaire, keeping their
-- ids, so links to them stay valid.
insert into discussion (id, owner_type, owner_id, anchor_key, anchor_item, anchor_version, status, opened_by,
                        opened_at, resolved_by, resolved_at, version)
select id, 'questionnaire', questionnaire_id, question_key, entry_id, revision, status, created_by, created_at,
       resolved_by, resolved_at, version
from questionnaire_clarification;

insert into discussion_message (id, discussion_id, author_id, body, created_at)
select id, clarification_id, author_id, body, created_at
from questionnaire_clarification_message;

drop table questionnaire_clarification_message;
drop table questionnaire_clarification;
