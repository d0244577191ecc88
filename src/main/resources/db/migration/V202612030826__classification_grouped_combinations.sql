-- Combination findings are grouped per rule (the datasets involved), no longer one per pair of
-- datasets, so that a stored run grows linearly with the datasets. Runs stored before keep
-- what they found, rewritten in the grouped form:
--   combinations[]            {ruleKey, level, description, explanation, reference,
--                              datasetIds[], sharedLinkageKeys[], inputs{datasetId: {...}}}
--   datasets[].combinations[] {ruleKey, level}
-- The function stays, so that the conversion can be checked against sample runs.
create function classification_grouped_combinations(legacy jsonb) returns jsonb
language plpgsql immutable as $$
declare
    grouped jsonb;
    datasets jsonb;
begin
    if legacy is null or not jsonb_path_exists(legacy, '$.combinations[*].firstDatasetId') then
        return legacy;
    end if;
    with pairs as (
        select c from jsonb_array_elements(legacy -> 'combinations') c
    ), members as (
        select c ->> 'ruleKey' as rule_key, c ->> 'firstDatasetId' as dataset_id,
               coalesce(c -> 'firstInputs', '{}') as inputs from pairs
        union all
        select c ->> 'ruleKey', c ->> 'secondDatasetId', coalesce(c -> 'secondInputs', '{}') from pairs
    ), member_inputs as (
        select m.rule_key, m.dataset_id,
               coalesce(jsonb_object_agg(e.key, e.value) filter (where e.key is not null), '{}') as inputs
        from members m left join lateral jsonb_each(m.inputs) e on true
        group by m.rule_key, m.dataset_id
    ), shared_keys as (
        select c ->> 'ruleKey' as rule_key, k.value #>> '{}' as linkage_key
        from pairs, jsonb_array_elements(coalesce(c -> 'sharedLinkageKeys', '[]')) k
        group by 1, 2
    ), rules as (
        select c ->> 'ruleKey' as rule_key, (array_agg(c))[1] as sample from pairs group by 1
    )
    select coalesce(jsonb_agg(jsonb_build_object(
               'ruleKey', r.rule_key,
               'level', r.sample -> 'level',
               'description', r.sample -> 'description',
               'explanation', r.sample -> 'explanation',
               'reference', r.sample -> 'reference',
               'datasetIds', (select jsonb_agg(mi.dataset_id order by mi.dataset_id collate "C")
                              from member_inputs mi where mi.rule_key = r.rule_key),
               'sharedLinkageKeys', coalesce((select jsonb_agg(k.linkage_key order by array_position(
                                        array['site_id', 'location_pcode', 'household_id', 'individual_id',
                                              'phone_number', 'full_name', 'date_of_birth'], k.linkage_key),
                                        k.linkage_key collate "C")
                                    from shared_keys k where k.rule_key = r.rule_key), '[]'),
               'inputs', (select jsonb_object_agg(mi.dataset_id, mi.inputs)
                          from member_inputs mi where mi.rule_key = r.rule_key))
           order by r.rule_key collate "C"), '[]')
    into grouped
    from rules r;

    select jsonb_agg(case
               when jsonb_typeof(t.d -> 'combinations') = 'array' then jsonb_set(t.d, '{combinations}',
                   coalesce((select jsonb_agg(jsonb_build_object('ruleKey', x.rule_key, 'level', x.level)
                                              order by x.rule_key collate "C")
                             from (select distinct c ->> 'ruleKey' as rule_key, c -> 'level' as level
                                   from jsonb_array_elements(t.d -> 'combinations') c) x), '[]'))
               else t.d end
           order by t.position)
    into datasets
    from jsonb_array_elements(coalesce(legacy -> 'datasets', '[]')) with ordinality as t(d, position);

    return jsonb_set(jsonb_set(legacy, '{combinations}', grouped), '{datasets}', coalesce(datasets, '[]'));
end $$;

update classification_run set evaluation = classification_grouped_combinations(evaluation)
where jsonb_path_exists(evaluation, '$.combinations[*].firstDatasetId');
