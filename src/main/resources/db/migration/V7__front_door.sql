-- The front door: requests for help from families (self-referral) and professionals (referral), each
-- tracked from arrival to outcome. Columns marked "personal" are cleared by the retention purge; the
-- rest (status, outcome, locality, service, times) stay for the report card.
create table help_request (
    id                    uuid         not null primary key,
    reference             varchar(12)  not null,
    kind                  varchar(30)  not null,
    status                varchar(20)  not null,
    locality_code         varchar(60)  not null,
    service_id            uuid,
    service_name          varchar(300),
    organisation_id       uuid,
    team                  varchar(200),
    safeguarding          boolean      not null default false,
    safeguarding_note     varchar(2000),
    urgency               varchar(20),
    level_of_need         varchar(20),
    topics                varchar(1000),
    outcome               varchar(30),
    referrer_user_id      uuid,
    referrer_name         varchar(200),
    referrer_email        varchar(254),
    -- personal
    family_name           varchar(200),
    family_email          varchar(254),
    family_phone          varchar(30),
    postcode              varchar(10),
    contact_methods       varchar(60),
    contact_times         varchar(200),
    safe_to_leave_message boolean,
    help_wanted           text,
    consent_to_share      boolean,
    consent_given_by      varchar(200),
    consent_given_at      timestamp(6),
    worker                varchar(200),
    decline_reason        varchar(2000),
    outcome_note          varchar(2000),
    -- times
    created_at            timestamp(6) not null,
    first_response_at     timestamp(6),
    allocated_at          timestamp(6),
    closed_at             timestamp(6),
    purged_at             timestamp(6),
    updated_at            timestamp(6) not null,
    version               int          not null default 0,
    constraint help_request_reference unique (reference)
);

create index help_request_locality on help_request (locality_code, status);
create index help_request_organisation on help_request (organisation_id, status);
create index help_request_referrer on help_request (referrer_user_id);
create index help_request_closed on help_request (closed_at, purged_at);

-- personal: the children a request is about (removed by the retention purge).
create table help_request_child (
    request_id       uuid         not null references help_request (id) on delete cascade,
    position         int          not null,
    age              int          not null,
    additional_needs varchar(500),
    primary key (request_id, position)
);

-- Who did what to a request and when, including every time someone opened it.
create table help_request_audit (
    id         uuid          not null primary key,
    request_id uuid          not null references help_request (id) on delete cascade,
    at         timestamp(6)  not null,
    actor      varchar(100)  not null,
    action     varchar(30)   not null,
    detail     varchar(2000)
);

create index help_request_audit_request on help_request_audit (request_id, at);
