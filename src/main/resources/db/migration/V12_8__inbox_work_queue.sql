-- The inbox reads one page at a time (frontdoor's InboxQueries): a front-door worker's localities or a provider's
-- organisation, safeguarding concerns first, then oldest first. With these an opening page is the first rows of
-- an index, however many requests a council's inbox holds; filters by status, urgency and service narrow the same
-- range. Finding by reference uses the unique help_request_reference.
create index help_request_inbox_locality on help_request (locality_code, safeguarding, created_at);
create index help_request_inbox_organisation on help_request (organisation_id, safeguarding, created_at);
