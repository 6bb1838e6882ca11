-- Art. 18, 20: the audit log becomes a hash chain per tenant. Each record carries its position in
-- its tenant's chain, the previous record's hash and its own: SHA-256 over its content and that
-- previous hash (the canonical form of cn.gov.zj.cloud.domain.audit.ChainLink, version 1). A row
-- trigger appends every insert, whoever writes it (JPA, the batched JDBC writers), under the lock
-- of the tenant's chain head, so that concurrent transactions never fork a chain. The head (last
-- position and hash) is kept beside the log: records removed from the end are found too.
-- Genesis: the records that exist now are chained by this migration in the order of their ids;
-- the chain vouches for them as they stand today.

alter table audit_event add column chain_seq bigint;
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column hash varchar(64);

create table audit_chain_head (
  tenant_id  varchar(32) primary key,
  seq        bigint      not null,
  hash       varchar(64) not null
);

-- One field of the canonical form: its length in UTF-8 bytes, a colon, the text; '-' when absent.
create function audit_field(value text) returns text language sql immutable as
$$ select coalesce(octet_length(value) || ':' || value, '-') || E'\n' $$;

create function audit_link_hash(
    tenant text, seq bigint, occurred timestamptz, actor text, action text, entity_type text,
    entity_id text, before_state text, after_state text, previous text) returns varchar
language sql stable as
$$ select encode(sha256(convert_to(
     'zj-audit-v1' || E'\n'
     || audit_field(tenant) || audit_field(seq::text)
     || audit_field((floor(extract(epoch from date_trunc('second', occurred)))::bigint * 1000000
                     + extract(microseconds from occurred)::bigint % 1000000)::text)
     || audit_field(actor) || audit_field(action) || audit_field(entity_type)
     || audit_field(entity_id) || audit_field(before_state) || audit_field(after_state)
     || audit_field(previous), 'UTF8')), 'hex') $$;

-- Genesis: the existing records, tenant by tenant in the order of their ids.
alter table audit_event disable trigger audit_event_append_only;
alter table audit_event no force row level security;
do $$
declare
  r record;
  tenant text := null;
  n bigint;
  previous varchar(64);
begin
  for r in select * from audit_event order by tenant_id, id loop
    if tenant is distinct from r.tenant_id then
      if tenant is not null then
        insert into audit_chain_head values (tenant, n, previous);
      end if;
      tenant := r.tenant_id;
      n := 0;
      previous := repeat('0', 64);
    end if;
    n := n + 1;
    update audit_event
       set chain_seq = n, prev_hash = previous,
           hash = audit_link_hash(r.tenant_id, n, r.occurred_at, r.actor, r.action,
                                  r.entity_type, r.entity_id, r.before_state, r.after_state,
                                  previous)
     where id = r.id
    returning hash into previous;
  end loop;
  if tenant is not null then
    insert into audit_chain_head values (tenant, n, previous);
  end if;
end $$;
alter table audit_event force row level security;
alter table audit_event enable trigger audit_event_append_only;

-- A second record at one position would be a fork: refused.
create unique index audit_event_chain on audit_event (tenant_id, chain_seq);

-- Wall 4: a transaction reads and moves its own tenant's head only (the province's oversight reads).
alter table audit_chain_head enable row level security;
alter table audit_chain_head force row level security;
create policy tenant_read on audit_chain_head for select
  using (tenant_id = app_tenant() or app_oversight());
create policy tenant_insert on audit_chain_head for insert with check (tenant_id = app_tenant());
create policy tenant_update on audit_chain_head for update
  using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- Appends the new record to its tenant's chain: the head row, locked until the transaction ends,
-- serialises the appends of one tenant; other tenants' chains do not wait.
create function audit_event_chain() returns trigger language plpgsql as
$$
declare
  head audit_chain_head%rowtype;
begin
  select * into head from audit_chain_head where tenant_id = new.tenant_id for update;
  if not found then
    insert into audit_chain_head values (new.tenant_id, 0, repeat('0', 64))
      on conflict (tenant_id) do nothing;
    select * into head from audit_chain_head where tenant_id = new.tenant_id for update;
    if not found then
      raise exception 'audit_event: no chain head for tenant %', new.tenant_id;
    end if;
  end if;
  new.chain_seq := head.seq + 1;
  new.prev_hash := head.hash;
  new.hash := audit_link_hash(new.tenant_id, new.chain_seq, new.occurred_at, new.actor,
                              new.action, new.entity_type, new.entity_id, new.before_state,
                              new.after_state, new.prev_hash);
  update audit_chain_head set seq = new.chain_seq, hash = new.hash
   where tenant_id = new.tenant_id;
  return new;
end
$$;
create trigger audit_event_chain before insert on audit_event
  for each row execute function audit_event_chain();
