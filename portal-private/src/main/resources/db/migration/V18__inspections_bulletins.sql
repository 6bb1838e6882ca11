-- Art. 17: security inspections planned by the department with the security authority, over some
-- of the tenant's using units, and their findings tracked to verified rectification: the due date
-- (working days on the official calendar by severity) runs from the finding or from its reopening.
create table inspection (
  id          bigint generated always as identity primary key,
  tenant_id   varchar(32)   not null,
  title       varchar(200)  not null,
  kind        varchar(16)   not null check (kind in ('ROUTINE', 'SPECIAL')),
  starts_on   date          not null,
  ends_on     date          not null,
  created_by  varchar(200)  not null,
  created_at  timestamptz   not null,
  constraint inspection_tenant unique (tenant_id, id),
  constraint inspection_period check (starts_on <= ends_on)
);
create index inspection_tenant_start on inspection (tenant_id, starts_on desc, id desc);

create table inspection_unit (
  inspection_id bigint      not null,
  tenant_id     varchar(32) not null,
  unit_id       bigint      not null,
  primary key (inspection_id, unit_id),
  constraint inspection_unit_inspection foreign key (tenant_id, inspection_id)
    references inspection (tenant_id, id),
  constraint inspection_unit_unit foreign key (tenant_id, unit_id) references using_unit (tenant_id, id)
);

create table finding (
  id                bigint generated always as identity primary key,
  tenant_id         varchar(32)   not null,
  inspection_id     bigint        not null,
  unit_id           bigint        not null,
  system_id         bigint        not null references app_system (id),
  severity          varchar(8)    not null check (severity in ('HIGH', 'MEDIUM', 'LOW')),
  description       varchar(4000) not null,
  reference         varchar(200),
  state             varchar(16)   not null check (state in ('OPEN', 'SUBMITTED', 'VERIFIED')),
  clock_from        date          not null,
  rectification_due date          not null,
  due_provisional   boolean       not null,
  recorded_by       varchar(200)  not null,
  recorded_at       timestamptz   not null,
  overdue_notified  date,
  version           integer       not null default 0,
  constraint finding_inspection foreign key (tenant_id, inspection_id) references inspection (tenant_id, id)
);
create index finding_inspection on finding (tenant_id, inspection_id, id);
create index finding_unit_state on finding (tenant_id, unit_id, state);

-- Every step of a finding, append-only: the note of a rectification, the reason of a reopening.
create table finding_event (
  id          bigint generated always as identity primary key,
  tenant_id   varchar(32)   not null,
  finding_id  bigint        not null references finding (id),
  action      varchar(32)   not null,
  from_state  varchar(16),
  to_state    varchar(16)   not null,
  text        varchar(4000),
  actor       varchar(200)  not null,
  at          timestamptz   not null
);
create index finding_event_finding on finding_event (finding_id, id);
create trigger finding_event_append_only before update or delete or truncate on finding_event
  for each statement execute function refuse_rewriting_history();

-- Art. 19: the provider's monthly security bulletin (one per month), the units' read receipts,
-- and the yearly emergency drill; the flags of missing ones go out as notifications, once.
create table bulletin (
  id            bigint generated always as identity primary key,
  tenant_id     varchar(32)   not null,
  month         char(7)       not null,
  title         varchar(200)  not null,
  body          text          not null,
  published_by  varchar(200)  not null,
  published_at  timestamptz   not null,
  constraint bulletin_once unique (tenant_id, month)
);

create table bulletin_read (
  bulletin_id  bigint        not null references bulletin (id),
  tenant_id    varchar(32)   not null,
  username     varchar(200)  not null,
  display_name varchar(200)  not null,
  unit_id      bigint,
  read_at      timestamptz   not null,
  primary key (bulletin_id, username)
);

create table drill (
  id            bigint generated always as identity primary key,
  tenant_id     varchar(32)   not null,
  year          integer       not null,
  scenario      varchar(500)  not null,
  held_on       date          not null,
  participants  varchar(2000) not null,
  result        varchar(4000) not null,
  recorded_by   varchar(200)  not null,
  recorded_at   timestamptz   not null
);
create index drill_tenant_year on drill (tenant_id, year);

-- Notices of other capabilities than an application (a finding, a bulletin) name none.
alter table notification alter column application_id drop not null;

do $$
declare t text;
begin
  foreach t in array array['inspection', 'inspection_unit', 'finding', 'finding_event', 'bulletin',
                           'bulletin_read', 'drill'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  execute 'create policy tenant_update on finding for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())';
end $$;
