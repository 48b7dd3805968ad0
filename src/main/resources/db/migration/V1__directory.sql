-- The directory in Open Referral UK / HSDS 3.0 terms, plus the area (localities, towns, postcodes)
-- the portal needs beyond the standard. Ids are UUIDs as HSDS requires.

create table locality (
    id          uuid         not null primary key,
    code        varchar(64)  not null unique,
    name        varchar(120) not null unique,
    description text,
    population  int
);

create table town (
    id          uuid         not null primary key,
    name        varchar(120) not null unique,
    locality_id uuid         not null references locality (id),
    latitude    double       not null,
    longitude   double       not null
);

-- Postcode districts ("CW1") and sectors ("CW1 3") of the area, for "near me" and locality lookup.
create table postcode_area (
    code        varchar(8)  not null primary key,
    kind        varchar(10) not null,
    locality_id uuid        not null references locality (id),
    town_id     uuid        references town (id),
    latitude    double      not null,
    longitude   double      not null,
    constraint postcode_area_kind check (kind in ('district', 'sector'))
);

create table taxonomy (
    id          uuid         not null primary key,
    name        varchar(120) not null unique,
    description text,
    uri         varchar(500),
    version     varchar(40)
);

create table taxonomy_term (
    id          uuid         not null primary key,
    taxonomy_id uuid         not null references taxonomy (id),
    code        varchar(120) not null,
    name        varchar(200) not null,
    description text,
    parent_id   uuid         references taxonomy_term (id),
    constraint taxonomy_term_code unique (taxonomy_id, code)
);

create table organization (
    id             uuid         not null primary key,
    name           varchar(250) not null,
    alternate_name varchar(250),
    description    text,
    email          varchar(250),
    website        varchar(500)
);

create table location (
    id              uuid         not null primary key,
    location_type   varchar(20)  not null,
    name            varchar(250),
    alternate_name  varchar(250),
    description     text,
    transportation  text,
    latitude        double,
    longitude       double,
    url             varchar(500),
    locality_id     uuid         not null references locality (id),
    town_id         uuid         references town (id),
    constraint location_type_values check (location_type in ('physical', 'postal', 'virtual'))
);

create table address (
    id             uuid         not null primary key,
    location_id    uuid         not null references location (id) on delete cascade,
    attention      varchar(250),
    address_1      varchar(250) not null,
    address_2      varchar(250),
    city           varchar(120) not null,
    region         varchar(120),
    state_province varchar(120),
    postal_code    varchar(10)  not null,
    country        char(2)      not null,
    address_type   varchar(20)  not null
);

create table accessibility (
    id          uuid not null primary key,
    location_id uuid not null references location (id) on delete cascade,
    description text,
    details     text,
    url         varchar(500)
);

create table service (
    id                      uuid         not null primary key,
    organization_id         uuid         not null references organization (id),
    name                    varchar(250) not null,
    alternate_name          varchar(250),
    description             text,
    url                     varchar(500),
    email                   varchar(250),
    status                  varchar(30)  not null,
    interpretation_services text,
    application_process     text,
    fees_description        text,
    eligibility_description text,
    minimum_age             decimal(5, 2),
    maximum_age             decimal(5, 2),
    alert                   text,
    assured_date            date,
    assurer_email           varchar(250),
    last_modified           timestamp(6) not null default current_timestamp(6),
    constraint service_status_values check (status in ('active', 'inactive', 'defunct', 'temporarily closed'))
);

create table phone (
    id              uuid        not null primary key,
    service_id      uuid        references service (id) on delete cascade,
    organization_id uuid        references organization (id) on delete cascade,
    location_id     uuid        references location (id) on delete cascade,
    number          varchar(40) not null,
    extension       varchar(20),
    type            varchar(20),
    description     text
);

create table contact (
    id              uuid not null primary key,
    service_id      uuid references service (id) on delete cascade,
    organization_id uuid references organization (id) on delete cascade,
    name            varchar(250),
    title           varchar(250),
    department      varchar(250),
    email           varchar(250)
);

create table language (
    id          uuid         not null primary key,
    service_id  uuid         references service (id) on delete cascade,
    location_id uuid         references location (id) on delete cascade,
    name        varchar(100) not null,
    code        varchar(10),
    note        text
);

create table cost_option (
    id                 uuid           not null primary key,
    service_id         uuid           not null references service (id) on delete cascade,
    valid_from         date,
    valid_to           date,
    option_name        varchar(250),
    currency           char(3),
    amount             decimal(10, 2),
    amount_description varchar(500)
);

-- Where a service without a venue is offered: a locality, or the whole area when locality_id is null.
create table service_area (
    id          uuid         not null primary key,
    service_id  uuid         not null references service (id) on delete cascade,
    name        varchar(250) not null,
    description text,
    locality_id uuid         references locality (id)
);

create table service_at_location (
    id          uuid not null primary key,
    service_id  uuid not null references service (id) on delete cascade,
    location_id uuid not null references location (id),
    description text
);

-- RFC 5545 style recurrence: sessions at a venue, or a service's own opening hours.
create table schedule (
    id                     uuid        not null primary key,
    service_id             uuid        references service (id) on delete cascade,
    service_at_location_id uuid        references service_at_location (id) on delete cascade,
    valid_from             date,
    valid_to               date,
    dtstart                date,
    until_date             date,
    count                  int,
    wkst                   varchar(2),
    freq                   varchar(10),
    repeat_interval        int,
    byday                  varchar(40),
    bymonthday             varchar(40),
    opens_at               time,
    closes_at              time,
    description            text,
    notes                  text,
    constraint schedule_freq_values check (freq is null or freq in ('WEEKLY', 'MONTHLY'))
);

-- HSDS attribute: links a service, location or organisation to a taxonomy term
-- (category, level of need, how to access, delivery, SEND suitability, venue type, accessibility).
create table attribute (
    id               uuid        not null primary key,
    link_id          uuid        not null,
    link_type        varchar(20) not null,
    taxonomy_term_id uuid        not null references taxonomy_term (id),
    value            varchar(250),
    label            varchar(250),
    constraint attribute_link_type check (link_type in ('service', 'location', 'organization')),
    constraint attribute_once unique (link_id, taxonomy_term_id)
);

create index attribute_link on attribute (link_type, link_id);
create index attribute_term on attribute (taxonomy_term_id);
create index service_status on service (status);
create index location_locality on location (locality_id);
