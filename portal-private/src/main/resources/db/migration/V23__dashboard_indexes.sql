-- Art. 4: indexes that fit the dashboards' readers (package dashboard), each a query per source
-- grouped by tenant over a year: applications by creation, closed steps by time (only the events
-- that closed a deadline step), faults by report time, first ratings by kind and time, open
-- findings and rectifications.
create index application_tenant_created on application (tenant_id, created_at);
create index application_event_closed_step on application_event (tenant_id, occurred_at)
  where details like '%"closedStep"%';
create index fault_tenant_reported on fault (tenant_id, reported_at);
create index service_rating_first on service_rating (tenant_id, kind, rated_at)
  where follow_up_of is null;
create index usage_sample_tenant_day on usage_sample (tenant_id, day);
create index finding_open_due on finding (tenant_id, rectification_due)
  where state in ('OPEN', 'SUBMITTED');
