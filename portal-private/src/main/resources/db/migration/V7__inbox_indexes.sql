-- Art. 8–12: the inbox at a million applications (docs/benchmarks.md). Its queries state the
-- tenant (row-level security's "or oversight" hides the tenant from the planner); EclipseLink
-- counts ids, so with id in the index the total comes from the index alone.
drop index application_tenant_state;
create index application_tenant_state on application (tenant_id, state, due_date, id);

-- Unit staff see their own unit's applications only: found without reading the tenant's.
create index application_tenant_unit on application (tenant_id, unit_id, state, due_date, id);
