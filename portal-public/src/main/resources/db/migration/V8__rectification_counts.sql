-- Art. 23 (差评整改率), issue 14: the rectification of the bad reviews, kept as the ratings arrive and
-- are answered instead of read row by row per request: per tenant, service and Beijing day of the
-- citizens' DISSATISFIED first ratings, the Beijing day each was called back and reported (none
-- while not done), and how many. The due dates stay out of the database: the reader counts each
-- rated day's against the official calendar (ServiceSatisfaction). Counts only: nothing personal.
create table rectification_count (
  tenant_id        varchar(32)  not null,
  service_id       bigint       not null,
  rated_day        date         not null,
  called_back_day  date,
  reported_day     date,
  n                bigint       not null check (n >= 0),
  constraint rectification_count_key unique nulls not distinct
    (tenant_id, service_id, rated_day, called_back_day, reported_day)
);
create index rectification_count_day on rectification_count (tenant_id, rated_day);

-- The Beijing date of an instant, the day from which a deadline counts (OfficialCalendar.dateOf).
create function beijing_day(at timestamptz) returns date language sql immutable as
$$ select (at at time zone 'Asia/Shanghai')::date $$;

-- Each statement's bad reviews counted at once, under the writing transaction's row scope: an
-- insert's new rows added, a delete's old rows taken off, an update's old rows taken off and its
-- new ones added, netted per key (a rating whose days did not change writes nothing). Grouped and
-- in key order, so that two writers take the counters' row locks in one order. A count taken off
-- is updated in place, never inserted as a negative number: the CHECK would refuse the proposed
-- row before ON CONFLICT finds the existing one. The one statement is run for the three events;
-- EXECUTE, because a statement naming a transition table the event lacks could not be planned.
create function count_bad_reviews() returns trigger language plpgsql as
$$
declare
  changed text := case tg_op
    when 'INSERT' then 'select *, 1 as n from new_ratings'
    when 'DELETE' then 'select *, -1 as n from old_ratings'
    else 'select *, 1 as n from new_ratings union all select *, -1 as n from old_ratings' end;
begin
  execute format($sql$
    with delta as (
      select tenant_id, service_id, beijing_day(rated_at) as rated_day,
             beijing_day(called_back_at) as called_back_day,
             beijing_day(reported_at) as reported_day, sum(n) as n
        from (%s) r
       where kind = 'CITIZEN' and follow_up_of is null and grade = 'DISSATISFIED'
       group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5),
    taken as (
      update rectification_count c set n = c.n + d.n
        from delta d
       where d.n < 0
         and (c.tenant_id, c.service_id, c.rated_day) = (d.tenant_id, d.service_id, d.rated_day)
         and (c.called_back_day, c.reported_day)
             is not distinct from (d.called_back_day, d.reported_day))
    insert into rectification_count as c
        (tenant_id, service_id, rated_day, called_back_day, reported_day, n)
      select * from delta where n > 0 order by 1, 2, 3, 4, 5
    on conflict (tenant_id, service_id, rated_day, called_back_day, reported_day)
      do update set n = c.n + excluded.n
  $sql$, changed);
  return null;
end
$$;

-- Nothing deletes a rating (and no policy lets a DELETE reach one); should one be deleted all the
-- same, by hand, its count goes with it. RatingPublications.responded sets called_back_at and
-- reported_at; every update fires the trigger (one with transition tables takes no column list).
create trigger rating_bad_review_counted after insert on rating
  referencing new table as new_ratings for each statement execute function count_bad_reviews();
create trigger rating_bad_review_recounted after update on rating
  referencing old table as old_ratings new table as new_ratings
  for each statement execute function count_bad_reviews();
create trigger rating_bad_review_uncounted after delete on rating
  referencing old table as old_ratings for each statement execute function count_bad_reviews();

-- The bad reviews stored before this migration, counted once, before the counts get their
-- policies; rating's FORCE lifted for this one statement within the migration's transaction (V7).
alter table rating no force row level security;
insert into rectification_count (tenant_id, service_id, rated_day, called_back_day, reported_day, n)
  select tenant_id, service_id, beijing_day(rated_at), beijing_day(called_back_at),
         beijing_day(reported_at), count(*)
    from rating
   where kind = 'CITIZEN' and follow_up_of is null and grade = 'DISSATISFIED'
   group by 1, 2, 3, 4, 5;
alter table rating force row level security;

-- Wall 4: the tenant's own counts, as on every tenant table (V5). The ranking (晾晒, V7) compares
-- satisfaction counts only, not the rectification: its mode sees none of these.
alter table rectification_count enable row level security;
alter table rectification_count force row level security;
create policy tenant_read on rectification_count for select using (tenant_id = app_tenant());
create policy tenant_insert on rectification_count for insert with check (tenant_id = app_tenant());
create policy tenant_update on rectification_count for update
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- Nothing reads the bad reviews from rating any more (V7's index served ServiceSatisfaction's row
-- by row read): one index less to keep on every rating written.
drop index rating_bad_reviews;
