-- The Open Referral UK API lists published services, and their venues, in name order a page at a time in the
-- database (limit/offset), so a page near the start is a short walk along this index instead of a sort of
-- every service.
create index service_published_by_name on service (status, name, id);
