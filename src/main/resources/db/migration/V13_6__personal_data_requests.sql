-- Subject access and erasure (#15). An administrator finds a person by e-mail, phone, reference or name across
-- every module; each look-up below is an index, whatever the number of requests, bookings and responses.
-- E-mail columns compare without regard to case already (the tables' collation), so a plain index serves
-- "lower(email) = ?". Phone numbers are kept as typed, so each table gets a generated column holding the digits
-- in one UK form (+44 and 0044 read as 0: the same rule as PersonQuery.ukDigits) and an index on it.

alter table help_request
    add column family_phone_digits varchar(30) as (
        case when replace(replace(replace(replace(replace(replace(family_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') like '440%'
             then substr(replace(replace(replace(replace(replace(replace(family_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), 3)
             when replace(replace(replace(replace(replace(replace(family_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') like '44%'
             then concat('0', substr(replace(replace(replace(replace(replace(replace(family_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), 3))
             else replace(replace(replace(replace(replace(replace(family_phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') end) virtual;
create index help_request_family_email on help_request (family_email);
create index help_request_family_phone on help_request (family_phone_digits);

alter table booking
    add column phone_digits varchar(30) as (
        case when replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') like '440%'
             then substr(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), 3)
             when replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') like '44%'
             then concat('0', substr(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), 3))
             else replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') end) virtual;
create index booking_email on booking (email);
create index booking_phone on booking (phone_digits);

alter table programme_waiting_entry
    add column phone_digits varchar(30) as (
        case when replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') like '440%'
             then substr(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), 3)
             when replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') like '44%'
             then concat('0', substr(replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', ''), 3))
             else replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '') end) virtual;
create index programme_waiting_email on programme_waiting_entry (email);
create index programme_waiting_phone on programme_waiting_entry (phone_digits);

create index survey_response_contact_email on survey_response (contact_email);
create index problem_report_reporter_email on problem_report (reporter_email);

-- Every search, export and erasure an administrator makes: who, when, what. The words searched for are kept only
-- as a SHA-256 (and what kind of search it was), never in clear; the counts found per part of the portal, and the
-- reason given for an erasure. Entries older than familyhub.privacy.audit-retention are deleted.
create table personal_data_audit (
    id          uuid          not null primary key,
    at          timestamp(6)  not null,
    actor       varchar(100)  not null,
    action      varchar(20)   not null,
    search_by   varchar(20)   not null,
    search_hash char(64)      not null,
    counts      varchar(1000) not null,
    reason      varchar(1000)
);

create index personal_data_audit_at on personal_data_audit (at);
