-- Which versions of the definitions DataPact ships (the default questionnaire template, the
-- default classification rules) an installation has received, and how: published as a version,
-- or left as a draft for administrators who had published their own version since.
create table shipped_definition (
    kind             varchar(40)  not null,
    definition_key   varchar(100) not null,
    shipped_version  int          not null,
    installed_id     uuid         not null,
    outcome          varchar(12)  not null check (outcome in ('PUBLISHED', 'DRAFT')),
    installed_at     timestamptz  not null,
    primary key (kind, definition_key, shipped_version)
);

-- Installations made before: version 1 of each was published by DataPact itself (no person).
insert into shipped_definition (kind, definition_key, shipped_version, installed_id, outcome, installed_at)
select 'questionnaire-template', template_key, 1, id, 'PUBLISHED', published_at
from questionnaire_template
where template_key = 'data_security' and version = 1 and status = 'PUBLISHED' and published_by is null;

insert into shipped_definition (kind, definition_key, shipped_version, installed_id, outcome, installed_at)
select 'classification-rule-set', rule_set_key, 1, id, 'PUBLISHED', published_at
from classification_rule_set
where rule_set_key = 'iom-table-a-default' and version = 1 and status = 'PUBLISHED' and published_by is null;
