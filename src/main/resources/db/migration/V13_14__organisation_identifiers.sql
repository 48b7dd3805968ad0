-- An organisation's numbers in the national registers (#15, #20): its charity number (org-id.guide scheme
-- GB-CHC) and its Companies House number (GB-COH), published as HSDS organization_identifiers. A number belongs
-- to one organisation: a second record with the same one is a duplicate, refused with the other's name.
create table organization_identifier (
    id                uuid        not null primary key,
    organization_id   uuid        not null references organization (id) on delete cascade,
    identifier_scheme varchar(20) not null,
    identifier_type   varchar(50) not null,
    identifier        varchar(50) not null,
    constraint organization_identifier_once unique (identifier_scheme, identifier)
);

create index organization_identifier_of on organization_identifier (organization_id);
