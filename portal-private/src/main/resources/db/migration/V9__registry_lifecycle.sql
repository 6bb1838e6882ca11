-- Art. 3, 10, 12: the registry follows the lifecycle. A planned system comes on the cloud as new
-- (新建上云), any other as migrated (迁移上云); termination takes it off the cloud (已下云).
alter table app_system drop constraint app_system_cloud_status_check;
alter table app_system add constraint app_system_cloud_status_check
  check (cloud_status in ('ON_CLOUD', 'MIGRATING', 'NOT_MIGRATED', 'EXEMPT', 'PLANNED', 'OFF_CLOUD'));
alter table app_system add column cloud_entry varchar(16)
  check (cloud_entry in ('NEW', 'MIGRATED'));
alter table app_system add constraint app_system_entry
  check (cloud_entry is null or cloud_status = 'ON_CLOUD');

-- Art. 3: a retired unit or system is kept, shown as retired, and takes no new application.
alter table using_unit add column retired_at timestamptz;
alter table using_unit add column retired_reason varchar(500);
alter table using_unit add constraint using_unit_retired
  check ((retired_at is null) = (retired_reason is null));
alter table app_system add column retired_at timestamptz;
alter table app_system add column retired_reason varchar(500);
alter table app_system add constraint app_system_retired
  check ((retired_at is null) = (retired_reason is null));
