-- Art. 22, 15 (issue 14's figures: the unit assessment answers from figures kept, not from a scan
-- of the tenant's year of samples per request): each allocated line's month as the monthly advice
-- judges it (days reported, idle days under the idle rule they were counted by, the CPU p95 by
-- nearest rank), summarised once per tenant and month by its first reader
-- (assessment.LineMonths) and dropped by the samples' statement triggers as soon as a sample of
-- that tenant and month arrives, changes or goes, so that the next reader summarises it again.
-- A writer and a reader of one tenant and month take the same transaction advisory lock (27, hash
-- of tenant and month), so a summary never misses a sample committed beside it; a reader that
-- finds the lock taken reads that month from the samples instead of waiting.
create table usage_month (
  tenant_id         varchar(32) not null,
  month             date        not null,
  idle_cpu_p95_pct  int         not null,
  idle_mem_pct      int         not null,
  primary key (tenant_id, month)
);

create table usage_line_month (
  tenant_id       varchar(32) not null,
  month           date        not null,
  application_id  bigint      not null,
  line            smallint    not null,
  days            int         not null,
  idle_days       int         not null,
  cpu_p95_pct     real        not null,
  primary key (tenant_id, month, application_id, line),
  foreign key (tenant_id, month) references usage_month on delete cascade
);

do $$
declare t text;
begin
  foreach t in array array['usage_month', 'usage_line_month'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
    execute format('create policy tenant_delete on %I for delete using (tenant_id = app_tenant())', t);
  end loop;
end $$;

-- The summaries of the tenant-months a statement's samples fall in, dropped under the lock, in
-- key order (two writers lock in one order). The query runs by EXECUTE in the trigger function
-- itself, where the statement's transition tables are.
create function usage_months_changed() returns trigger language plpgsql as
$$
declare
  samples text := case tg_op when 'INSERT' then 'new_samples' when 'DELETE' then 'old_samples'
    else '(select tenant_id, day from old_samples union all select tenant_id, day from new_samples) s'
  end;
  touched record;
begin
  for touched in execute format(
      'select distinct tenant_id, date_trunc(''month'', day)::date as month from %s order by 1, 2',
      samples) loop
    perform pg_advisory_xact_lock(27, hashtext(touched.tenant_id || ' ' || to_char(touched.month, 'YYYY-MM')));
    delete from usage_month where tenant_id = touched.tenant_id and month = touched.month;
  end loop;
  return null;
end
$$;
create trigger usage_sample_months_added after insert on usage_sample
  referencing new table as new_samples for each statement execute function usage_months_changed();
create trigger usage_sample_months_replaced after update on usage_sample
  referencing old table as old_samples new table as new_samples
  for each statement execute function usage_months_changed();
create trigger usage_sample_months_removed after delete on usage_sample
  referencing old table as old_samples for each statement execute function usage_months_changed();
