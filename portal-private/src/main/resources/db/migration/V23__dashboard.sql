-- Art. 4: indexes that fit the dashboards' readers (package dashboard), each a query per source
-- grouped by tenant over a year: closed steps by time (only the events that closed a deadline
-- step), faults by report time, usage samples by day, open findings by due date.
create index application_event_closed_step on application_event (tenant_id, occurred_at)
  where details like '%"closedStep"%';
create index fault_tenant_reported on fault (tenant_id, reported_at);
create index usage_sample_tenant_day on usage_sample (tenant_id, day);
create index finding_open_due on finding (tenant_id, rectification_due)
  where state in ('OPEN', 'SUBMITTED');

-- Art. 4 (issue 14's figures: the dashboards answer from counters, not a scan per request): the
-- two largest sources' monthly counts, kept as the rows change, by triggers in the writer's own
-- transaction and row scope: applications opened per month (Beijing) by their state now
-- (figure OPENED, item the state) and first ratings per month by kind and grade (figure RATED,
-- item KIND:GRADE; follow-ups are not ratings of their own). DashboardIT proves them equal to a
-- direct count. Readers: dashboard.ApplicationCounts and dashboard.RatingCounts.
create table dashboard_count (
  tenant_id  varchar(32) not null,
  year       smallint    not null,
  month      smallint    not null check (month between 1 and 12),
  figure     varchar(16) not null,
  item       varchar(40) not null,
  n          bigint      not null,
  primary key (tenant_id, year, figure, item, month)
);

alter table dashboard_count enable row level security;
alter table dashboard_count force row level security;
create policy tenant_read on dashboard_count for select using (tenant_id = app_tenant() or app_oversight());
create policy tenant_insert on dashboard_count for insert with check (tenant_id = app_tenant());
create policy tenant_update on dashboard_count for update using (tenant_id = app_tenant())
  with check (tenant_id = app_tenant());

create function dashboard_add(tenant varchar, at timestamptz, fig varchar, it varchar, delta bigint)
  returns void language sql as
$$
  insert into dashboard_count (tenant_id, year, month, figure, item, n)
  values (tenant, extract(year from at at time zone 'Asia/Shanghai'),
          extract(month from at at time zone 'Asia/Shanghai'), fig, it, delta)
  on conflict (tenant_id, year, figure, item, month) do update set n = dashboard_count.n + excluded.n
$$;

create function dashboard_application() returns trigger language plpgsql as
$$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform dashboard_add(old.tenant_id, old.created_at, 'OPENED', old.state, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform dashboard_add(new.tenant_id, new.created_at, 'OPENED', new.state, 1);
  end if;
  return null;
end
$$;
create trigger application_dashboard after insert or delete or update of state, created_at
  on application for each row execute function dashboard_application();

create function dashboard_rating() returns trigger language plpgsql as
$$
begin
  if new.follow_up_of is null then
    perform dashboard_add(new.tenant_id, new.rated_at, 'RATED', new.kind || ':' || new.grade, 1);
  end if;
  return null;
end
$$;
create trigger service_rating_dashboard after insert on service_rating
  for each row execute function dashboard_rating();

-- The counts of the rows already there, tenant by tenant in each tenant's own row scope.
do $$
declare
  tenants text[];
  t text;
begin
  perform set_config('app.oversight', 'on', true);
  select coalesce(array_agg(distinct tenant_id), '{}') into tenants
    from (select tenant_id from application union select tenant_id from service_rating) rows;
  perform set_config('app.oversight', '', true);
  foreach t in array tenants loop
    perform set_config('app.tenant', t, true);
    insert into dashboard_count (tenant_id, year, month, figure, item, n)
      select tenant_id, extract(year from created_at at time zone 'Asia/Shanghai'),
             extract(month from created_at at time zone 'Asia/Shanghai'), 'OPENED', state, count(*)
      from application where tenant_id = t group by 1, 2, 3, 5;
    insert into dashboard_count (tenant_id, year, month, figure, item, n)
      select tenant_id, extract(year from rated_at at time zone 'Asia/Shanghai'),
             extract(month from rated_at at time zone 'Asia/Shanghai'), 'RATED', kind || ':' || grade,
             count(*)
      from service_rating where tenant_id = t and follow_up_of is null group by 1, 2, 3, 5;
  end loop;
  perform set_config('app.tenant', '', true);
end $$;
