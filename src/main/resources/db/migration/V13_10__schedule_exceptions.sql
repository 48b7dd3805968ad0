-- The dates a session does not meet although its recurrence says it would (a provider's training day, a venue
-- closure), as ISO dates separated by commas. HSDS 3 has no field for them: the Open Referral API says them in
-- the schedule's notes ("Not on 22 December 2026"), as other publishers do.
alter table schedule add column except_dates varchar(2000);
