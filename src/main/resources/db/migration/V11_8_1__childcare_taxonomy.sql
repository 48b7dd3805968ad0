-- The taxonomy of childcare facts as the Open Referral API publishes them (HSDS attributes of each childcare
-- listing, see docs/childcare.md): its terms are the attributes' kinds, the values are in each attribute.
insert into taxonomy (id, name, description, uri, version) values
    ('b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'childcare', 'Facts about childcare providers that a Family Information Service publishes: Ofsted, ages, opening, fees, funded entitlements, SEND and vacancies', null, '1');

insert into taxonomy_term (id, taxonomy_id, code, name, description, parent_id) values
    ('80471714-9bd8-500a-885d-abafab537bb8', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'provider-type', 'Provider type', 'Childminder, day nursery, pre-school, out-of-school or holiday club, or nanny agency: value childminder, day-nursery, pre-school, out-of-school, nanny-agency', null),
    ('8efc381b-5e06-5c23-9b79-afe8b4f3dc19', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'ofsted-urn', 'Ofsted URN', 'The unique reference number Ofsted gives the registered provider', null),
    ('3ec47703-2c5e-580e-b4ab-21975b176034', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'ofsted-register', 'Ofsted register', 'The register(s) the provider is on: Early Years Register, Childcare Register (compulsory or voluntary part)', null),
    ('846c0802-1f25-585c-b10e-1b1d0e505a9c', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'ofsted-grade', 'Ofsted grade', 'The overall effectiveness at the latest full inspection: outstanding, good, requires improvement, inadequate, met or not met', null),
    ('5b845c08-dc0f-511b-9600-7de1f8bc14a4', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'ofsted-inspection-date', 'Ofsted inspection date', 'The date of the latest full inspection (ISO 8601)', null),
    ('dae686f0-e184-5c55-8c74-48a1a1086b68', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'ofsted-report', 'Ofsted report', 'A link to the latest Ofsted report', null),
    ('0ca46c1c-20df-5c22-a241-bd174279d124', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'age-from-months', 'Youngest age taken (months)', 'The youngest age the provider takes, in months', null),
    ('6bbe57e2-ad40-5ea7-a137-4a8993d75174', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'age-to-months', 'Oldest age taken (months)', 'The oldest age the provider takes, in months', null),
    ('146738d0-a1b0-5c28-9661-55ae53562618', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'opening-days', 'Opening days', 'The days it opens, as RFC 5545 day codes: MO,TU,WE', null),
    ('43407215-4368-5090-88cf-83fa20fceab7', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'opening-hours', 'Opening hours', 'Opening and closing time, 24-hour: 07:30-18:00', null),
    ('1d962ad5-2b14-5e4c-8c51-cf3ee178912c', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'all-year', 'Open all year', 'true when open all year, false when open in term time only', null),
    ('a1d568d7-316c-55b5-b02d-18b47bb766d1', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'school-runs', 'School drop-off and pick-up', 'The schools it takes children to and collects them from', null),
    ('de04dbe7-6bc2-507d-b31e-b9cf8c9123ee', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'fee-per-hour', 'Fee per hour', 'In pounds, GBP', null),
    ('441da0ae-885d-5eb8-947b-92ff79c39f92', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'fee-per-session', 'Fee per session', 'In pounds, GBP', null),
    ('5696becd-1670-5742-a764-4f0f28b2e208', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'fee-per-day', 'Fee per day', 'In pounds, GBP', null),
    ('13e701bf-97fa-5f50-8010-b4e2b701b081', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'funded-entitlement', 'Funded entitlement offered', 'One per entitlement: two-year-olds (15 hours for eligible 2-year-olds), universal (15 hours for 3- and 4-year-olds), extended (30 hours for 3- and 4-year-olds of working parents), working-parent (hours for working parents from 9 months)', null),
    ('5882bf52-b967-5dde-933b-05636bfbd785', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'send-experience', 'SEND experience and facilities', 'Experience and facilities for children with special educational needs and disabilities', null),
    ('768c0b02-46fd-51b3-9c9a-09cea94842d5', 'b6f724a8-0a8c-509a-bddc-f6ff4748ed15', 'vacancy', 'Vacancy', 'Places free for an age group on a day: day=TU;age_group=under-2;age_from_months=0;age_to_months=23;places=1;updated=2026-11-22. A vacancy not updated for three months has places=unknown', null);
