-- Art. 25: versions of the deadline rules. Scope 'province' holds the provincial defaults that
-- every tenant reads; a tenant's own scope holds its local rules, never longer than those.
create table rule_version (
  scope           varchar(32)  not null,
  version         integer      not null check (version >= 1),
  effective_from  timestamptz  not null,
  trial_min       smallint     not null,
  trial_max       smallint     not null,
  created_by      varchar(200) not null,
  created_at      timestamptz  not null,
  primary key (scope, version),
  check (trial_min between 1 and trial_max)
);

create table rule_limit (
  scope         varchar(32) not null,
  version       integer     not null,
  step          varchar(32) not null,
  working_days  smallint    not null check (working_days between 1 and 60),
  primary key (scope, version, step),
  foreign key (scope, version) references rule_version (scope, version)
);

-- Wall 4: a tenant reads its own rules and the province's; it writes only its own, and the
-- provincial scope only under the province administrator's transaction setting.
create function app_province_admin() returns boolean language sql stable as
$$ select coalesce(current_setting('app.province_admin', true), '') = 'on' $$;

do $$
declare t text;
begin
  foreach t in array array['rule_version', 'rule_limit'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy rules_read on %I for select using (scope = app_tenant() or scope = ''province'' or app_oversight())', t);
    execute format('create policy rules_insert on %I for insert with check (scope = app_tenant() or (scope = ''province'' and app_province_admin()))', t);
  end loop;
end $$;
