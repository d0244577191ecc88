-- Versioned definitions (questionnaire templates, classification rule sets, and the kinds
-- that come next) share one lifecycle, so they share one immutability rule: a published
-- version is never changed or deleted. One trigger function serves every definition table;
-- it names the table in its refusal.
create function definition_version_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'a published version of % cannot be changed', tg_table_name;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

drop trigger questionnaire_template_immutable on questionnaire_template;
create trigger questionnaire_template_immutable before update or delete on questionnaire_template
    for each row execute function definition_version_immutable();
drop function questionnaire_template_immutable();

drop trigger classification_rule_set_immutable on classification_rule_set;
create trigger classification_rule_set_immutable before update or delete on classification_rule_set
    for each row execute function definition_version_immutable();
drop function classification_rule_set_immutable();

-- Every definition may be published with a reason (rule sets need one).
alter table questionnaire_template add column publish_reason varchar(2000);
