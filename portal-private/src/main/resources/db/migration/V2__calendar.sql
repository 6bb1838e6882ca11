-- Art. 8–12, 25: the official calendar of the State Council's holiday notices, province-wide
-- reference data (no tenant column): the years whose notice is loaded, and their exceptions.
create table calendar_year (
  year       integer      primary key check (year between 2000 and 2100),
  loaded_at  timestamptz  not null,
  loaded_by  varchar(200) not null
);

create table calendar_day (
  day   date        primary key,
  kind  varchar(16) not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
  name  varchar(50) not null
);
