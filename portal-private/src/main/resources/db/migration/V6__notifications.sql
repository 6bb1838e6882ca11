-- Art. 8–12: notifications of the lifecycle: what waits for whom, overdue steps, escalations to
-- the tenant's administrator, trial reminders. Addressed to a role of the tenant, for unit roles
-- to one using unit; each reader's "read" mark is kept apart, so the notice itself never changes.
create table notification (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)  not null,
  recipient_role  varchar(32)  not null,
  recipient_unit  bigint,
  application_id  bigint       not null references application (id),
  kind            varchar(32)  not null,
  message_key     varchar(100) not null,
  arguments       text         not null,
  dedupe_key      varchar(200) not null,
  created_at      timestamptz  not null,
  constraint notification_once unique (tenant_id, dedupe_key, recipient_role)
);
create index notification_recipient on notification (tenant_id, recipient_role, id desc);

create table notification_read (
  notification_id bigint       not null references notification (id),
  tenant_id       varchar(32)  not null,
  username        varchar(200) not null,
  read_at         timestamptz  not null,
  primary key (notification_id, username)
);

-- Mail waits here until the SMTP server has taken it (or is not configured); nothing is lost when
-- the mail server or Keycloak (the addresses) is down: the sender retries with a growing pause.
create table mail_outbox (
  id               bigint generated always as identity primary key,
  tenant_id        varchar(32)  not null,
  notification_id  bigint       not null references notification (id),
  status           varchar(16)  not null default 'PENDING',
  attempts         integer      not null default 0,
  next_attempt_at  timestamptz  not null,
  sent_at          timestamptz,
  recipients       integer,
  last_error       varchar(500)
);
create index mail_outbox_pending on mail_outbox (tenant_id, next_attempt_at) where status = 'PENDING';

-- The overdue scan marks the due date it has notified, so that a step is reported once.
alter table application add column overdue_notified date;

do $$
declare t text;
begin
  foreach t in array array['notification', 'notification_read', 'mail_outbox'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  execute 'create policy tenant_update on mail_outbox for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())';
end $$;
