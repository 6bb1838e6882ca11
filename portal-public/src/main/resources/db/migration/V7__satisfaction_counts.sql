-- Art. 23, 24: the public satisfaction figures, kept as the ratings arrive instead of counted per
-- request: per tenant, kind of rater (citizens and units apart), service, Beijing month and grade,
-- the number of first ratings (a follow-up is not counted twice). Counts only: nothing personal.
-- service_id 0 holds the units' ratings of the provider, which rate no public service.
create table satisfaction_count (
  tenant_id   varchar(32)  not null,
  kind        varchar(16)  not null check (kind in ('CITIZEN', 'PROVIDER')),
  service_id  bigint       not null,
  month       date         not null,
  grade       varchar(32)  not null,
  ratings     bigint       not null check (ratings >= 0),
  primary key (tenant_id, kind, month, service_id, grade)
);
create index satisfaction_count_service on satisfaction_count (tenant_id, kind, service_id, month);
create index satisfaction_count_month on satisfaction_count (month);

-- Art. 23 (差评整改率): the bad reviews of a service and month, read with their call back and report.
create index rating_bad_reviews on rating (tenant_id, rated_at, service_id)
  where grade = 'DISSATISFIED' and follow_up_of is null;

-- Each statement's new first ratings counted at once, grouped and in key order (so that two
-- writers take the counters' row locks in one order), under the inserting transaction's row scope.
create function count_ratings() returns trigger language plpgsql as
$$
begin
  insert into satisfaction_count as c (tenant_id, kind, service_id, month, grade, ratings)
    select tenant_id, kind, coalesce(service_id, 0),
           date_trunc('month', rated_at at time zone 'Asia/Shanghai')::date, grade, count(*)
      from new_ratings where follow_up_of is null
     group by 1, 2, 3, 4, 5 order by 1, 2, 4, 3, 5
  on conflict (tenant_id, kind, month, service_id, grade)
    do update set ratings = c.ratings + excluded.ratings;
  return null;
end
$$;
create trigger rating_counted after insert on rating
  referencing new table as new_ratings for each statement execute function count_ratings();

-- The ratings stored before this migration, counted once, before the counts get their policies.
-- The migration runs as the tables' owner, whom FORCE binds to rating's policies: lifted within
-- this migration's transaction for this one statement, then set again.
alter table rating no force row level security;
insert into satisfaction_count (tenant_id, kind, service_id, month, grade, ratings)
  select tenant_id, kind, coalesce(service_id, 0),
         date_trunc('month', rated_at at time zone 'Asia/Shanghai')::date, grade, count(*)
    from rating where follow_up_of is null group by 1, 2, 3, 4, 5;
alter table rating force row level security;

-- Wall 4: the tenant's own counts, as on every tenant table (V5).
alter table satisfaction_count enable row level security;
alter table satisfaction_count force row level security;
create policy tenant_read on satisfaction_count for select using (tenant_id = app_tenant());
create policy tenant_insert on satisfaction_count for insert with check (tenant_id = app_tenant());
create policy tenant_update on satisfaction_count for update
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- Art. 23 (晾晒): the public ranking compares every tenant's counts. In this read-only mode
-- (TenantScope.ranking) these counts of every tenant are visible, and nothing else: no rating,
-- consultation or directory row, and nothing may be written.
create function app_ranking() returns boolean language sql stable as
$$ select coalesce(current_setting('app.ranking', true), '') = 'on' $$;
create policy ranking_read on satisfaction_count for select using (app_ranking());
