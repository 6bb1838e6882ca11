-- Art. 4, 8–12, 15 (issue 14's figures: the dashboards answer from counters, not a scan per
-- request): the two sources V23 left to be read per request, counted as their rows arrive, by
-- statement triggers in the writer's own transaction and row scope (each statement's rows at
-- once, grouped and in key order, so that two writers take the counters' row locks in one order).
-- DashboardIT proves them equal to a direct count. Readers: dashboard.StepCounts, UsageCounts.

-- Art. 8–12: the deadline steps closed, per day the step began and day it closed (Beijing), step
-- and whether its due date was met, from the history's events that closed a step (closedStep in
-- the details); the step began with the application's event before. The history is append-only
-- (V4), so only inserts are counted.
create table step_count (
  tenant_id  varchar(32) not null,
  closed     date        not null,
  step       varchar(32) not null,
  met        boolean     not null,
  began      date        not null,
  n          bigint      not null check (n >= 0),
  primary key (tenant_id, closed, step, met, began)
);

-- Art. 15: the provider's daily samples per tenant and day: how many, and the sums of their
-- average CPU and memory use (exact: each real as the numeric it prints as), so that a month's
-- and a year's means add up from the days. A replaced sample (the intake's upsert) takes its old
-- values off and adds its new ones.
create table usage_count (
  tenant_id  varchar(32) not null,
  day        date        not null,
  samples    bigint      not null,
  cpu_sum    numeric     not null,
  mem_sum    numeric     not null,
  primary key (tenant_id, day)
);

do $$
declare t text;
begin
  foreach t in array array['step_count', 'usage_count'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;

-- The statement counting the closed steps among a set of events (the statement's new events, or
-- every stored one), run by EXECUTE in the trigger function itself, where its transition table is.
create function step_count_sql(events text) returns text language sql immutable as
$$
  select format(
    'insert into step_count as c (tenant_id, closed, step, met, began, n)'
    ' select e.tenant_id, (e.occurred_at at time zone ''Asia/Shanghai'')::date,'
    ' jsonb_extract_path_text(e.details::jsonb, ''closedStep'', ''step''),'
    ' coalesce(jsonb_extract_path_text(e.details::jsonb, ''closedStep'', ''met'')::boolean, false),'
    ' (b.began at time zone ''Asia/Shanghai'')::date, count(*)'
    ' from %I e cross join lateral (select p.occurred_at as began from application_event p'
    ' where p.application_id = e.application_id and p.id < e.id order by p.id desc limit 1) b'
    ' where e.details like ''%%"closedStep"%%'' group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5'
    ' on conflict (tenant_id, closed, step, met, began) do update set n = c.n + excluded.n',
    events)
$$;

create function count_closed_steps() returns trigger language plpgsql as
$$
begin
  execute step_count_sql('new_events');
  return null;
end
$$;
create trigger application_event_steps_counted after insert on application_event
  referencing new table as new_events for each statement execute function count_closed_steps();

-- The statement adding (sign 1) or taking off (sign -1) a set of samples, per tenant and day.
create function usage_count_sql(samples text, sign int) returns text language sql immutable as
$$
  select format(
    'insert into usage_count as c (tenant_id, day, samples, cpu_sum, mem_sum)'
    ' select tenant_id, day, %2$s * count(*), %2$s * sum(cpu_avg_pct::numeric),'
    ' %2$s * sum(mem_avg_pct::numeric) from %1$I group by 1, 2 order by 1, 2'
    ' on conflict (tenant_id, day) do update set samples = c.samples + excluded.samples,'
    ' cpu_sum = c.cpu_sum + excluded.cpu_sum, mem_sum = c.mem_sum + excluded.mem_sum',
    samples, sign)
$$;

create function count_usage() returns trigger language plpgsql as
$$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    execute usage_count_sql('old_samples', -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    execute usage_count_sql('new_samples', 1);
  end if;
  return null;
end
$$;
create trigger usage_sample_added after insert on usage_sample
  referencing new table as new_samples for each statement execute function count_usage();
create trigger usage_sample_replaced after update on usage_sample
  referencing old table as old_samples new table as new_samples
  for each statement execute function count_usage();
create trigger usage_sample_removed after delete on usage_sample
  referencing old table as old_samples for each statement execute function count_usage();

-- Art. 23: ratings arrive in batches (the interconnection's drain applies a thousand at once):
-- V23's row trigger becomes a statement trigger that counts each statement's first ratings at
-- once, into the same counters (dashboard_count, figure RATED), in the counters' key order.
drop trigger service_rating_dashboard on service_rating;
drop function dashboard_rating();
create function dashboard_ratings() returns trigger language plpgsql as
$$
begin
  insert into dashboard_count as c (tenant_id, year, month, figure, item, n)
    select tenant_id, extract(year from rated_at at time zone 'Asia/Shanghai'),
           extract(month from rated_at at time zone 'Asia/Shanghai'), 'RATED',
           kind || ':' || grade, count(*)
      from new_ratings where follow_up_of is null group by 1, 2, 3, 5 order by 1, 2, 5, 3
  on conflict (tenant_id, year, figure, item, month) do update set n = c.n + excluded.n;
  return null;
end
$$;
create trigger service_rating_dashboard after insert on service_rating
  referencing new table as new_ratings for each statement execute function dashboard_ratings();

-- The rows already there, counted once. The migration runs as the tables' owner, whom FORCE binds
-- to the sources' policies: lifted within this migration's transaction for these statements only,
-- then set again (as public V7), before the counters are read by anyone.
alter table application_event no force row level security;
alter table usage_sample no force row level security;
alter table step_count no force row level security;
alter table usage_count no force row level security;
do $$
begin
  execute step_count_sql('application_event');
  execute usage_count_sql('usage_sample', 1);
end $$;
alter table application_event force row level security;
alter table usage_sample force row level security;
alter table step_count force row level security;
alter table usage_count force row level security;
