-- Feedback surveys. A survey's questions are frozen in a version; every response names the version
-- it answered, so a later edit never changes what someone was asked.
create table survey (
    id              uuid         not null primary key,
    code            varchar(40)  unique,
    title           varchar(200) not null,
    audience        varchar(20)  not null,
    current_version int          not null,
    created_at      timestamp(6) not null,
    created_by      varchar(100) not null
);

create table survey_version (
    id            uuid          not null primary key,
    survey_id     uuid          not null references survey (id),
    version       int           not null,
    title         varchar(200)  not null,
    intro         varchar(2000),
    audience      varchar(20)   not null,
    opens_on      date,
    closes_on     date,
    allow_contact boolean       not null,
    questions     text          not null,
    created_at    timestamp(6)  not null,
    created_by    varchar(100)  not null,
    constraint survey_version_number unique (survey_id, version)
);

-- Anonymous by default: contact details only with the person's consent.
create table survey_response (
    id                uuid         not null primary key,
    survey_id         uuid         not null references survey (id),
    survey_version_id uuid         not null references survey_version (id),
    service_id        uuid,
    locality_code     varchar(64),
    page_route        varchar(300),
    submitted_at      timestamp(6) not null,
    contact_name      varchar(120),
    contact_email     varchar(250),
    contact_consent   boolean      not null
);

create index survey_response_survey on survey_response (survey_version_id, submitted_at);
create index survey_response_service on survey_response (service_id);

-- One row per value: a multiple-choice answer has a row per option chosen. Free text waits for an
-- editor to screen it (PENDING) before anyone sees it in results.
create table survey_answer (
    id            bigint       not null auto_increment primary key,
    response_id   uuid         not null references survey_response (id),
    question_key  varchar(40)  not null,
    answer_value  text         not null,
    screening     varchar(20),
    screened_text text,
    screened_by   varchar(100),
    screened_at   timestamp(6)
);

create index survey_answer_response on survey_answer (response_id);
create index survey_answer_screening on survey_answer (screening);

-- An outcome survey sent for a closed request: one per request, answered once through its token.
create table survey_invitation (
    id            uuid         not null primary key,
    token         varchar(64)  not null unique,
    survey_id     uuid         not null references survey (id),
    subject_id    uuid         not null unique,
    service_id    uuid,
    locality_code varchar(64),
    sent_at       timestamp(6) not null,
    answered_at   timestamp(6)
);

-- "Report a problem with this listing": a task for editors. The reporter's address is kept only until
-- the reply is queued.
create table problem_report (
    id             uuid          not null primary key,
    reference      varchar(20)   not null unique,
    service_id     uuid          not null,
    service_name   varchar(250)  not null,
    kind           varchar(20)   not null,
    description    varchar(2000) not null,
    reporter_email varchar(250),
    status         varchar(20)   not null,
    reported_at    timestamp(6)  not null,
    closed_at      timestamp(6),
    closed_by      varchar(100),
    editor_note    varchar(2000),
    replied        boolean       not null
);

create index problem_report_status on problem_report (status, reported_at);
