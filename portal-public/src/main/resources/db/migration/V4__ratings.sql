-- Art. 23: ratings on the public portal.
--
-- A rating invitation is published by the private zone for each provider service event; the unit
-- holds its one-time link, this zone only the link's SHA-256 (token_hash).
create table rating_invitation (
  invitation_id   uuid         primary key,
  tenant_id       varchar(32)  not null,
  event           varchar(32)  not null,
  application_id  bigint       not null,
  unit_code       varchar(18)  not null,
  token_hash      char(64)     not null unique,
  occurred_at     timestamptz  not null,
  received_at     timestamptz  not null
);

-- A citizen's rating of a public service (service_id) or a unit's rating of a provider event
-- (invitation_id: one rating per invitation). access_cipher is the code (sealed like contacts) the rater
-- keeps to read the response to a DISSATISFIED rating and to add the one follow-up (follow_up_of).
create table rating (
  rating_id       uuid          primary key,
  tenant_id       varchar(32)   not null,
  kind            varchar(16)   not null check (kind in ('CITIZEN', 'PROVIDER')),
  service_id      bigint,
  invitation_id   uuid          references rating_invitation,
  grade           varchar(32)   not null,
  tags            varchar(300),
  comment         varchar(500),
  response_score  smallint,
  quality_score   smallint,
  rated_at        timestamptz   not null,
  access_cipher   bytea         not null,
  fingerprint     char(64)      not null,
  follow_up_of    uuid          references rating,
  response        varchar(4000),
  responded_at    timestamptz,
  check ((kind = 'CITIZEN') = (service_id is not null)),
  check ((kind = 'PROVIDER') = (invitation_id is not null))
);
create unique index rating_one_per_invitation on rating (invitation_id) where follow_up_of is null;
create unique index rating_one_follow_up on rating (follow_up_of) where follow_up_of is not null;
create index rating_month on rating (tenant_id, rated_at) where follow_up_of is null;
create index rating_fingerprint on rating (fingerprint, rated_at desc);
