-- Corrections flow upstream (#20): a feed's publisher may give an address for corrections; a problem report about a
-- listing from that feed is passed on to it (without the reporter's details) and tracked until the feed changes it.
alter table feed_source add column corrections_email varchar(254);

-- Which feed a report was passed to (its name kept as it was, for staff), when it was sent (null: withheld, as it
-- may hold personal details) and when the feed next sent a changed version of the listing.
alter table problem_report add column upstream_feed_id uuid;
alter table problem_report add column upstream_feed_name varchar(200);
alter table problem_report add column upstream_sent_at timestamp(6) null;
alter table problem_report add column upstream_changed_at timestamp(6) null;

create index problem_report_upstream on problem_report (service_id, status);
