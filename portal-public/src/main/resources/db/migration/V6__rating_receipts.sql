-- Art. 23: the short number a rater keeps (e.g. PJ20261207-123456), unique within a tenant; the
-- rating's UUID stays internal. Ratings stored before have none and are read by their id.
alter table rating add column receipt_no varchar(20);
create unique index rating_receipt on rating (tenant_id, receipt_no) where receipt_no is not null;

-- Art. 23 (差评整改): when the call back and the rectification report of a DISSATISFIED rating were
-- published by the private zone, so that the rater reads each deadline's state.
alter table rating add column called_back_at timestamptz;
alter table rating add column reported_at timestamptz;
