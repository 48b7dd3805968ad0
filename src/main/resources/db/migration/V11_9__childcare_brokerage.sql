-- Brokerage (#19): a family asks the Family Information Service to find childcare for them. It is a
-- front-door request (kind CHILDCARE_BROKERAGE) with the childcare it asks for. The child's age and any
-- SEND needs are personal and cleared by the retention purge; the days, times and funded hours stay,
-- without the family, as evidence of unmet demand for the council's childcare sufficiency assessment.
alter table help_request
    add column childcare_age_months   int,
    add column childcare_days         varchar(60),
    add column childcare_from         time,
    add column childcare_to           time,
    add column childcare_funded_hours varchar(30),
    add column childcare_send_needs   varchar(500);

-- The Family Information Service's inbox lists brokerage requests across the whole area.
create index help_request_kind on help_request (kind, safeguarding, created_at);
