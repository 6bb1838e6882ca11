-- Art. 8–12 (issue 11): who caused a notification (never told of their own action, in the portal or
-- by mail), and what its mail carries besides the message: the step that now runs, its due date
-- (a Beijing calendar date) and the opinion given. Older notifications keep nulls: shown as before.
alter table notification add column actor    varchar(200);
alter table notification add column step     varchar(40);
alter table notification add column due_date date;
alter table notification add column opinion  text;
