-- Art. 6–12 at scale, set-based, as the superuser (row-level security does not bind it).
-- DataLoad has filled bench_tenant, bench_unit, bench_mix and bench_path, and replaces
-- ${systemOffset} (app_system id = system key + offset) and ${rule} (the rule in force).
-- Statements end with a semicolon at the end of a line; the comment above each is its label.

-- draw every application: tenant, state, history variant, system, unit and timing
create temp table bench_app as
with drawn as (
  select t.first_id + g - 1 as id, t.tenant_id, g as n, t.apps, t.units,
         random() as r_state, random() as r_time, random() as r_share,
         floor(random() * 10)::int as variant
  from bench_tenant t, generate_series(1, t.apps) g
), placed as (
  select d.*, m.state, m.step, m.step_limit, m.recent, m.approved, m.allocated, m.pending,
         m.trial, m.cloud_status,
         -- a denied or terminated application may share its system with the next one
         case when m.terminal and d.r_share < 0.4 and d.n < d.apps then d.id + 1 else d.id end
           as system_key
  from drawn d join bench_mix m on d.r_state >= m.lo and d.r_state < m.hi
)
select p.*,
       case when p.system_key % 100 = 37 then 0 else 1 + p.system_key % p.units end
         as unit_ordinal,
       now() - (case when p.step is not null then 5 * p.r_time
                     when p.recent then 40 * p.r_time
                     else 1 + 900 * p.r_time end) * interval '1 day' as state_since,
       (6 + floor(p.r_share * 66)) * interval '1 hour' as gap
from placed p;

-- the length of each history
create temp table bench_path_length as
select state, variant, max(seq) as last_seq from bench_path group by state, variant;

-- the resource lines an application asks for (the REST contract's form), four kinds
create temp table bench_resources as
select k, resources, elastic_min, elastic_max,
       '{"resources":' || resources || ',"elastic":'
         || case when elastic_min is null then 'null'
                 else '{"min":' || elastic_min || ',"max":' || elastic_max || '}' end
         || '}' as plan
from (values
  (0, '[{"type":"CLOUD_HOST","quantity":2,"vcpu":8,"memoryGiB":32,"systemDiskGiB":100,"dataDiskGiB":500,"os":"openEuler 22.03"}]', null::int, null::int),
  (1, '[{"type":"CLOUD_HOST","quantity":4,"vcpu":4,"memoryGiB":16,"systemDiskGiB":100,"dataDiskGiB":200,"os":"Kylin V10"},{"type":"CLOUD_DATABASE","vcpu":8,"memoryGiB":32,"storageGiB":1000,"engine":"PostgreSQL 15"}]', null, null),
  (2, '[{"type":"CLOUD_HOST","quantity":2,"vcpu":16,"memoryGiB":64,"systemDiskGiB":200,"dataDiskGiB":2000,"os":"openEuler 22.03"}]', 2, 6),
  (3, '[{"type":"CLOUD_HOST","quantity":1,"vcpu":2,"memoryGiB":4,"systemDiskGiB":50,"dataDiskGiB":0,"os":"UOS 20"},{"type":"CLOUD_STORAGE","kind":"OBJECT","capacityGiB":500}]', null, null)
) as r(k, resources, elastic_min, elastic_max);

-- app_system: one per system key, its cloud status from the latest application on it (Art. 3)
insert into app_system (id, tenant_id, unit_id, name, mlps_level, security_officer, cloud_status,
                        on_cloud_since, public_facing, created_at, updated_at)
overriding system value
select distinct on (a.system_key)
       a.system_key + ${systemOffset}, a.tenant_id, u.id,
       '业务系统 ' || lpad(a.system_key::text, 7, '0'),
       case when a.system_key % 10 < 6 then 2 when a.system_key % 10 < 9 then 3 else 4 end,
       '安全负责人 ' || a.system_key % 97,
       a.cloud_status,
       case when a.cloud_status = 'ON_CLOUD' then (a.state_since at time zone 'Asia/Shanghai')::date end,
       a.system_key % 3 = 0,
       a.state_since - interval '30 days', a.state_since
from bench_app a
join bench_unit u on u.tenant_id = a.tenant_id and u.ordinal = a.unit_ordinal
order by a.system_key, a.id desc;

-- application: state, step and due date (working days, weekends skipped), plans, trial (Art. 6–12)
insert into application (id, tenant_id, system_id, unit_id, state, resources, elastic_min,
                         elastic_max, state_since, step, step_limit, step_rule, due_date,
                         provisional, created_at, updated_at, version, approved_plan,
                         allocated_plan, pending_plan, trial_ends, trial_environment,
                         extension_days, overdue_notified)
overriding system value
select a.id, a.tenant_id, a.system_key + ${systemOffset}, u.id, a.state, r.resources,
       r.elastic_min, r.elastic_max, a.state_since, a.step, a.step_limit,
       case when a.step is not null then '${rule}' end, d.due, false,
       a.state_since - l.last_seq * a.gap, a.state_since, 1 + l.last_seq,
       case when a.approved then r.plan end,
       case when a.allocated then r.plan end,
       case when a.pending then r.plan end,
       case when a.trial then current_date + (8 + floor(a.r_share * 50))::int end,
       case when a.trial then '试运行环境 VPC-' || a.id % 1000 end,
       case when a.state = 'EXTENSION_REQUESTED' then 15 end,
       -- steady state: the deadline scan has already reported the steps overdue today
       case when d.due < current_date then d.due end
from bench_app a
join bench_unit u on u.tenant_id = a.tenant_id and u.ordinal = a.unit_ordinal
join bench_path_length l on l.state = a.state and l.variant = a.variant
join bench_resources r on r.k = a.id % 4
cross join lateral (
  select (a.state_since at time zone 'Asia/Shanghai')::date + ceil(a.step_limit * 1.4)::int as raw
) s
cross join lateral (
  select case when a.step is not null
              then s.raw + case extract(isodow from s.raw) when 6 then 2 when 7 then 1 else 0 end
         end as due
) d
order by a.id;

-- application_event: the history, in order, one row per action of the path (Art. 6)
insert into application_event (tenant_id, application_id, occurred_at, actor, action, from_state,
                               to_state, opinion, details, rule_in_force)
select a.tenant_id, a.id, a.state_since - p.steps_after * a.gap, a.tenant_id || '.' || p.role,
       p.action, p.from_state, p.to_state, p.opinion, p.details,
       case when p.starts_step then '${rule}' end
from bench_app a
join bench_path p on p.state = a.state and p.variant = a.variant
order by a.id, p.seq;

-- application_attachment: the materials and reports that came with the actions (Art. 7, 9, 12)
insert into application_attachment (tenant_id, application_id, kind, file_name, content_type,
                                    size_bytes, sha256, uploaded_by, uploaded_at)
select a.tenant_id, a.id, p.attachment_kind, p.file_name, 'application/pdf',
       100000 + (a.id * 7919 + p.seq) % 5000000,
       encode(sha256(convert_to(a.id || ':' || p.seq, 'UTF8')), 'hex'),
       a.tenant_id || '.unit-applicant', a.state_since - p.steps_after * a.gap
from bench_app a
join bench_path p on p.state = a.state and p.variant = a.variant
where p.attachment_kind is not null
order by a.id, p.seq;

-- identities continue after the explicit ids
select setval(pg_get_serial_sequence('application', 'id'), (select max(id) from application)),
       setval(pg_get_serial_sequence('app_system', 'id'), (select max(id) from app_system));
