-- Scheduled visibility (#18): an editor can say a listing goes up on a day (a new course announced for the
-- new year) and comes down after a day (a summer programme). Before its first day the service is held
-- inactive; the daily job makes it active on that day and inactive after the last, each change raising the
-- usual ServicesChanged so the index, the sitemap and the Open Referral feed follow. The dates are consumed
-- when the job acts on them, so a later manual change of status is never undone by an old date. Both checks
-- are range scans of these indexes, however large the directory.
alter table service
    add column publish_from  date,
    add column publish_until date,
    add constraint service_publication_order check (publish_from is null or publish_until is null
        or publish_from <= publish_until);

create index service_publish_starts on service (status, publish_from);
create index service_publish_ends on service (status, publish_until);
