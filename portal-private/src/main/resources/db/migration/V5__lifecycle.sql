-- Art. 8–12: what the lifecycle's actions leave on an application: the approved resources (Art. 8),
-- the trial environment and its end (Art. 9), the resources allocated at activation (Art. 10), a
-- change waiting for approval or execution (Art. 11). Plans are JSON {"resources": [...],
-- "elastic": {"min": n, "max": m} | null} in the REST contract's form.
alter table application
  add column approved_plan     text,
  add column allocated_plan    text,
  add column pending_plan      text,
  add column pending_mlps      smallint,
  add column trial_ends        date,
  add column trial_environment varchar(2000),
  add column extension_days    smallint;

-- The steps a unit waits on, soonest due first (the inbox); terminal and running states are left
-- out so the index stays small.
create index application_waiting on application (tenant_id, due_date, id)
  where state not in ('ACTIVE', 'DENIED', 'TERMINATED');

-- Art. 7, 9, 11, 12: the files that come with an application, accepted by their content; the bytes
-- live in the file store under their SHA-256, this row says whose they are and what they are.
create table application_attachment (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)  not null,
  application_id  bigint       not null references application (id),
  kind            varchar(32)  not null,
  file_name       varchar(255) not null,
  content_type    varchar(128) not null,
  size_bytes      bigint       not null check (size_bytes > 0),
  sha256          char(64)     not null,
  name_mismatch   boolean      not null default false,
  uploaded_by     varchar(200) not null,
  uploaded_at     timestamptz  not null
);
create index application_attachment_application on application_attachment (application_id, id);

create trigger application_attachment_append_only before update or delete or truncate
  on application_attachment for each statement execute function refuse_rewriting_history();

alter table application_attachment enable row level security;
alter table application_attachment force row level security;
create policy tenant_read on application_attachment for select
  using (tenant_id = app_tenant() or app_oversight());
create policy tenant_insert on application_attachment for insert
  with check (tenant_id = app_tenant());
