-- The report card reads a period and the one before it in one pass over the requests that arrived in them
-- (reporting's ReportQueries: requests by kind, times to first response and to allocation with their
-- percentiles). With every column those queries touch in one index, a year against the year before is a range
-- scan of the index alone, never a lookup of each request's row. The existing help_request_created
-- (created_at, locality_code) stays for the other modules' queries.
create index help_request_report on help_request (created_at, locality_code, kind, first_response_at, allocated_at);

