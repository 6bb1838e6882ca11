-- Art. 6, 7: one application per application system, with its resource needs, its state in the
-- lifecycle and the statutory step it waits on (the rule in force stamped when the step began).
alter table app_system add constraint app_system_tenant_key unique (tenant_id, id);

create table application (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)  not null,
  system_id       bigint       not null,
  unit_id         bigint       not null,
  state           varchar(32)  not null,
  resources       text         not null,
  elastic_min     integer,
  elastic_max     integer,
  state_since     timestamptz  not null,
  step            varchar(32),
  step_limit      smallint,
  step_rule       varchar(64),
  due_date        date,
  provisional     boolean      not null default false,
  created_at      timestamptz  not null,
  updated_at      timestamptz  not null,
  version         integer      not null default 1,
  constraint application_system foreign key (tenant_id, system_id) references app_system (tenant_id, id),
  constraint application_unit foreign key (tenant_id, unit_id) references using_unit (tenant_id, id),
  check ((elastic_min is null) = (elastic_max is null)),
  check ((step is null) = (due_date is null))
);
create index application_tenant_state on application (tenant_id, state, due_date);
create unique index application_one_open_per_system on application (tenant_id, system_id)
  where state not in ('DENIED', 'TERMINATED');

-- Art. 6: every action on an application: who, when, what, the opinion, the rule in force.
create table application_event (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)  not null,
  application_id  bigint       not null references application (id),
  occurred_at     timestamptz  not null,
  actor           varchar(200) not null,
  action          varchar(32)  not null,
  from_state      varchar(32),
  to_state        varchar(32)  not null,
  opinion         varchar(2000),
  details         text,
  rule_in_force   varchar(64)
);
create index application_event_application on application_event (application_id, id);

create function refuse_rewriting_history() returns trigger language plpgsql as
$$ begin raise exception '% is append-only', tg_table_name; end $$;
create trigger application_event_append_only before update or delete or truncate on application_event
  for each statement execute function refuse_rewriting_history();

do $$
declare t text;
begin
  foreach t in array array['application', 'application_event'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  execute 'create policy tenant_update on application for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())';
end $$;
