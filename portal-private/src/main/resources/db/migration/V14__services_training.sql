-- Art. 14 (issue 12): the provider's consulting and migration help, asked by a unit on one of its
-- systems and tracked OPEN → ANSWERED → CLOSED with a response due in working days; training
-- sessions with registrations, attendance and the quarters already flagged to the department.

-- Notifications of this capability concern no application.
alter table notification alter column application_id drop not null;

create table service_request (
  id                bigint generated always as identity primary key,
  tenant_id         varchar(32)  not null,
  unit_id           bigint       not null,
  system_id         bigint       not null,
  kind              varchar(20)  not null,
  subject           varchar(200) not null,
  description       text         not null,
  state             varchar(16)  not null,
  opened_by         varchar(200) not null,
  opened_at         timestamptz  not null,
  response_due      date         not null,
  provisional       boolean      not null default false,
  answer            text,
  answered_by       varchar(200),
  answered_at       timestamptz,
  closing_note      text,
  closed_by         varchar(200),
  closed_at         timestamptz,
  overdue_notified  boolean      not null default false,
  version           integer      not null default 1,
  constraint service_request_system foreign key (tenant_id, system_id) references app_system (tenant_id, id),
  constraint service_request_unit foreign key (tenant_id, unit_id) references using_unit (tenant_id, id),
  check (kind in ('CONSULTING', 'MIGRATION_HELP')),
  check (state in ('OPEN', 'ANSWERED', 'CLOSED'))
);
create index service_request_tenant_state on service_request (tenant_id, state, response_due);
create index service_request_unit_month on service_request (tenant_id, unit_id, opened_at);

create table service_request_event (
  id          bigint generated always as identity primary key,
  tenant_id   varchar(32)  not null,
  request_id  bigint       not null references service_request (id),
  action      varchar(16)  not null,
  actor       varchar(200) not null,
  at          timestamptz  not null,
  note        text
);
create index service_request_event_request on service_request_event (request_id, id);

create table training_session (
  id                bigint generated always as identity primary key,
  tenant_id         varchar(32)  not null,
  title             varchar(200) not null,
  starts_at         timestamptz  not null,
  duration_minutes  integer      not null check (duration_minutes between 1 and 1440),
  place             varchar(200),
  online_link       varchar(500),
  capacity          integer      not null check (capacity between 1 and 10000),
  materials         varchar(500),
  cancelled_at      timestamptz,
  attendance_at     timestamptz,
  created_by        varchar(200) not null,
  created_at        timestamptz  not null,
  version           integer      not null default 1,
  check (place is not null or online_link is not null),
  constraint training_session_tenant_key unique (tenant_id, id)
);
create index training_session_tenant_start on training_session (tenant_id, starts_at);

create table training_registration (
  tenant_id      varchar(32)  not null,
  session_id     bigint       not null,
  username       varchar(200) not null,
  display_name   varchar(200) not null,
  role           varchar(32)  not null,
  unit_id        bigint       not null,
  registered_at  timestamptz  not null,
  attended       boolean,
  primary key (session_id, username),
  constraint training_registration_session foreign key (tenant_id, session_id) references training_session (tenant_id, id),
  constraint training_registration_unit foreign key (tenant_id, unit_id) references using_unit (tenant_id, id)
);
create index training_registration_unit on training_registration (tenant_id, unit_id);

-- The first quarter the scan watches per tenant (quarters before the portal ran are not flagged).
create table training_watch (
  tenant_id      varchar(32)  primary key,
  first_quarter  date         not null
);

do $$
declare t text;
begin
  foreach t in array array['service_request', 'service_request_event', 'training_session',
                           'training_registration', 'training_watch'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  foreach t in array array['service_request', 'training_session', 'training_registration', 'training_watch'] loop
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
  execute 'create policy tenant_delete on training_registration for delete using (tenant_id = app_tenant())';
end $$;
