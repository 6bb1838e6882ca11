-- Art. 24 (通过安全措施按需互通): the public zone's side of the interconnection. It never calls the
-- private zone; the private zone pulls from interconnect_outbox and pushes into interconnect_inbox.
--
-- Every submission (rating, consultation) is written here, signed, in the transaction that stores
-- it, and kept until the private zone acknowledges it (acked_at) or refuses it (refused_at, with
-- the reason: kept, never pulled again, shown on the private zone's channel page).
create table interconnect_outbox (
  seq         bigint       generated always as identity primary key,
  message_id  uuid         not null unique,
  type        varchar(40)  not null,
  tenant_id   varchar(32)  not null,
  body        text         not null,
  created_at  timestamptz  not null,
  acked_at    timestamptz,
  refused_at  timestamptz,
  refusal     varchar(200)
);
create index interconnect_outbox_pending on interconnect_outbox (seq)
  where acked_at is null and refused_at is null;

-- The ids of the publications applied here: a publication delivered twice takes effect once.
create table interconnect_inbox (
  message_id   uuid         primary key,
  type         varchar(40)  not null,
  tenant_id    varchar(32)  not null,
  created_at   timestamptz  not null,
  received_at  timestamptz  not null
);

-- Art. 23: the tenant's public-facing application systems, as the private zone publishes them.
create table public_service (
  tenant_id     varchar(32)   not null,
  service_id    bigint        not null,
  name          varchar(200)  not null,
  unit_name     varchar(200),
  description   varchar(2000),
  listed        boolean       not null,
  published_at  timestamptz   not null,
  primary key (tenant_id, service_id)
);
create index public_service_listed on public_service (tenant_id, name) where listed;
