-- The reminder the day before a course starts is sent once per booking: the job claims a booking by setting
-- reminded_at where it is still empty, so two app nodes (or a rerun) never send it twice.
alter table booking add column reminded_at timestamp(6);
