-- The SEND Local Offer (#19). Each service's answers to the Local Offer questions, given by its provider in
-- the workspace; the areas of the Local Offer it belongs to, indexed by area for the area pages (paged by
-- service name, so an area of thousands of services costs one page of rows).
create table local_offer_answer (
    service_id        uuid          not null primary key references service (id) on delete cascade,
    who_for           varchar(2000),
    send_support      varchar(2000),
    staff_training    varchar(2000),
    accessibility     varchar(2000),
    getting_started   varchar(2000),
    families_involved varchar(2000),
    next_stage        varchar(2000),
    updated_at        timestamp(6)  not null,
    updated_by        varchar(100)  not null,
    version           int           not null default 0
);

create table local_offer_area (
    service_id uuid        not null references local_offer_answer (service_id) on delete cascade,
    area       varchar(30) not null,
    primary key (area, service_id)
);

-- "You said, we did": a screened comment about the Local Offer and the council's response, published
-- together. The comment is copied as screened; it holds no contact details.
create table you_said_we_did (
    id            uuid          not null primary key,
    answer_id     bigint,
    you_said      varchar(2000) not null,
    received_on   date          not null,
    we_did        varchar(2000) not null,
    responded_by  varchar(100)  not null,
    published_at  timestamp(6)  not null,
    version       int           not null default 0,
    constraint you_said_we_did_answer unique (answer_id)
);

create index you_said_we_did_published on you_said_we_did (published_at);

-- The Local Offer questions as a taxonomy, so the Open Referral UK API publishes each service's answers the
-- standard way: an attribute linking the question's term, with the answer as its value and the question as
-- its label (see docs/local-offer.md). Fixed ids, so they never change between installations.
insert into taxonomy (id, name, description, uri, version) values
    ('51be3bd1-c4d7-572d-aa89-02f54a072f43', 'local-offer', 'The SEND Local Offer questions a service answers (SEND Regulations 2014, schedule 2)',
     null, '1');
insert into taxonomy_term (id, taxonomy_id, code, name, description, parent_id) values
    ('0fd3ef6e-5d9c-5148-8fea-80884a7f6409', '51be3bd1-c4d7-572d-aa89-02f54a072f43', 'who-for', 'Who is the service for?', null, null),
    ('aabd67ef-bb24-5f52-b533-4ae1d052776b', '51be3bd1-c4d7-572d-aa89-02f54a072f43', 'send-support', 'How does it support children and young people with SEND?', null, null),
    ('15f05840-5716-5819-86a7-f5419fd9b4d7', '51be3bd1-c4d7-572d-aa89-02f54a072f43', 'staff-training', 'What training do staff have?', null, null),
    ('3cddb78c-5f3a-5d63-b3fd-96722bb9e098', '51be3bd1-c4d7-572d-aa89-02f54a072f43', 'accessibility', 'How accessible is it?', null, null),
    ('4724a3ed-003f-54e6-aa7b-b0b05333eb68', '51be3bd1-c4d7-572d-aa89-02f54a072f43', 'getting-started', 'How do we get started?', null, null),
    ('1cf3e706-37c6-5545-b2c6-b2bba4714674', '51be3bd1-c4d7-572d-aa89-02f54a072f43', 'families-involved', 'How are families involved?', null, null),
    ('95174892-8872-5529-853f-1ce68c8ba6d2', '51be3bd1-c4d7-572d-aa89-02f54a072f43', 'next-stage', 'How does it help with the next stage (a new school, college, adult life)?', null, null);
