-- Art. 23: questions, complaints and suggestions (咨询反馈) about a tenant's public services. The
-- contact and the query code are stored encrypted (AES-GCM, key ZJ_PUBLIC_CONTACT_KEY); only the
-- masked contact is in clear. message_id is the submission's id on the interconnection (Art. 24),
-- fingerprint (client and content) lets a repeated submission collapse into the first.
create table consultation (
  id                 bigint       generated always as identity primary key,
  message_id         uuid         not null unique,
  tenant_id          varchar(32)  not null,
  tracking_no        varchar(20)  not null unique,
  query_code_cipher  bytea        not null,
  category           varchar(16)  not null,
  subject            varchar(100) not null,
  content            varchar(2000) not null,
  contact_cipher     bytea,
  contact_masked     varchar(120),
  status             varchar(16)  not null default 'RECEIVED',
  reply              varchar(4000),
  replied_at         timestamptz,
  submitted_at       timestamptz  not null,
  fingerprint        char(64)     not null
);
create index consultation_fingerprint on consultation (fingerprint, submitted_at desc);
create index consultation_tenant on consultation (tenant_id, submitted_at);
