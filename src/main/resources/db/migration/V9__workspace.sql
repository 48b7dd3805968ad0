-- The editor and provider workspace: proposed changes waiting for review, the history of every
-- published change, and when each organisation was last reminded about its out-of-date listings.

-- A proposed version of one listing, as its whole fully nested Open Referral document. While it waits
-- the published service stays live; publishing writes the document to the directory.
create table listing_draft (
    id              uuid         not null primary key,
    service_id      uuid         not null,
    organisation_id uuid         not null,
    new_listing     boolean      not null,
    document        longtext     not null,
    status          varchar(20)  not null,
    author          varchar(100) not null,
    created_at      timestamp(6) not null,
    updated_at      timestamp(6) not null,
    review_comment  text,
    reviewed_by     varchar(100),
    reviewed_at     timestamp(6),
    constraint listing_draft_status_values check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED'))
);

create index listing_draft_service on listing_draft (service_id);
create index listing_draft_status on listing_draft (status);

-- Every published change to a listing: who, when, what kind, the fields that changed (before and
-- after) and the whole document before and after, so any earlier version can be put back.
create table listing_change (
    id              uuid         not null primary key,
    service_id      uuid         not null,
    changed_at      timestamp(6) not null,
    changed_by      varchar(100) not null,
    action          varchar(20)  not null,
    fields          longtext     not null,
    document_before longtext,
    document_after  longtext     not null
);

create index listing_change_service on listing_change (service_id, changed_at);

-- Reminders about stale listings go to an organisation's providers at most once per period.
create table stale_reminder (
    organisation_id uuid         not null primary key,
    last_sent_at    timestamp(6) not null
);
