-- Art. 24 (通过安全措施按需互通): the private zone's side of the interconnection. This zone starts
-- every exchange: it pulls the public zone's submissions and pushes its publications.

-- The ids of the submissions applied here: a submission pulled twice takes effect once.
create table interconnect_received (
  message_id   uuid         primary key,
  type         varchar(40)  not null,
  tenant_id    varchar(32)  not null,
  created_at   timestamptz  not null,
  received_at  timestamptz  not null
);

-- Publications, signed in the transaction of the decision they carry, kept until the public zone
-- accepted them (delivered_at) or refused them (refused_at, with the reason; never pushed again).
create table interconnect_outbox (
  seq           bigint       generated always as identity primary key,
  message_id    uuid         not null unique,
  type          varchar(40)  not null,
  tenant_id     varchar(32)  not null,
  body          text         not null,
  created_at    timestamptz  not null,
  delivered_at  timestamptz,
  refused_at    timestamptz,
  refusal       varchar(200)
);
create index interconnect_outbox_pending on interconnect_outbox (seq)
  where delivered_at is null and refused_at is null;

-- The channel's state for province-admin: one row.
create table interconnect_channel (
  id                        smallint     primary key check (id = 1),
  last_attempt_at           timestamptz,
  last_success_at           timestamptz,
  last_failure_at           timestamptz,
  last_failure              varchar(500),
  consecutive_failures      integer      not null default 0,
  received_total            bigint       not null default 0,
  sent_total                bigint       not null default 0,
  refused_in_total          bigint       not null default 0,
  public_pending            bigint,
  public_refused            bigint,
  public_oldest_pending_at  timestamptz
);
insert into interconnect_channel (id) values (1);

-- Art. 23: the public directory's entries of public-facing systems. A trigger counts every change
-- of a system that is (or was listed as) public-facing in changed_version; the channel publishes
-- the entries whose published_version is behind, and records the version it published, so that a
-- change made while publishing is published again, never lost.
create table service_publication (
  system_id          bigint       primary key references app_system (id),
  tenant_id          varchar(32)  not null,
  changed_version    bigint       not null default 1,
  published_version  bigint       not null default 0,
  listed             boolean      not null default false,
  published_at       timestamptz
);
create index service_publication_due on service_publication (tenant_id, system_id)
  where changed_version > published_version;

create function mark_service_changed() returns trigger language plpgsql as $$
begin
  if new.public_facing or exists (select 1 from service_publication p
                                  where p.system_id = new.id and p.listed) then
    insert into service_publication (system_id, tenant_id) values (new.id, new.tenant_id)
      on conflict (system_id) do update
        set changed_version = service_publication.changed_version + 1;
  end if;
  return new;
end
$$;
create trigger app_system_publication after insert or update on app_system
  for each row execute function mark_service_changed();
insert into service_publication (system_id, tenant_id)
  select id, tenant_id from app_system where public_facing;

-- Art. 23: consultations, complaints and suggestions received from the public zone; the reply is
-- published back. The contact arrives masked only.
create table consultation (
  id              bigint        generated always as identity primary key,
  tenant_id       varchar(32)   not null,
  tracking_no     varchar(20)   not null unique,
  category        varchar(16)   not null,
  subject         varchar(100)  not null,
  content         varchar(2000) not null,
  contact_masked  varchar(120),
  submitted_at    timestamptz   not null,
  received_at     timestamptz   not null,
  status          varchar(16)   not null default 'RECEIVED',
  reply           varchar(4000),
  replied_at      timestamptz,
  replied_by      varchar(200),
  version         integer       not null default 1
);
create index consultation_tenant_status on consultation (tenant_id, status, submitted_at desc);

-- Art. 23: one invitation per provider service event, for the application's unit.
create table rating_invitation (
  invitation_id   uuid         primary key,
  tenant_id       varchar(32)  not null,
  application_id  bigint       not null references application (id),
  unit_id         bigint       not null,
  event           varchar(32)  not null,
  occurred_at     timestamptz  not null
);
create index rating_invitation_application on rating_invitation (tenant_id, application_id);

-- Art. 23: the ratings received (a citizen's of a public service, a unit's of a provider event).
create table service_rating (
  rating_id       uuid          primary key,
  tenant_id       varchar(32)   not null,
  kind            varchar(16)   not null check (kind in ('CITIZEN', 'PROVIDER')),
  service_id      bigint,
  invitation_id   uuid,
  grade           varchar(32)   not null,
  tags            varchar(300),
  comment         varchar(500),
  response_score  smallint,
  quality_score   smallint,
  rated_at        timestamptz   not null,
  follow_up_of    uuid,
  received_at     timestamptz   not null
);
create index service_rating_tenant on service_rating (tenant_id, rated_at desc);

-- Art. 23 and Zhejiang's practice for bad reviews: a DISSATISFIED rating opens an item for the
-- provider (a unit's rating) or the responsible unit (a citizen's): call back within 1 working
-- day, report the rectification within 15.
create table rectification (
  id               bigint        generated always as identity primary key,
  tenant_id        varchar(32)   not null,
  rating_id        uuid          not null unique references service_rating (rating_id),
  responsible      varchar(16)   not null check (responsible in ('PROVIDER', 'UNIT')),
  unit_id          bigint,
  opened_at        timestamptz   not null,
  callback_due     date          not null,
  report_due       date          not null,
  called_back_at   timestamptz,
  callback_note    varchar(4000),
  called_back_by   varchar(200),
  reported_at      timestamptz,
  report           varchar(4000),
  reported_by      varchar(200),
  version          integer       not null default 1,
  check ((responsible = 'UNIT') = (unit_id is not null))
);
create index rectification_open on rectification (tenant_id, reported_at, report_due);

do $$
declare t text;
begin
  foreach t in array array['consultation', 'rating_invitation', 'service_rating', 'rectification'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  foreach t in array array['consultation', 'rectification'] loop
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;
