-- The coverage matrix's facts, kept ready: for each active service, one row per top-level category, level of
-- need and way into a locality (a venue there, in a town; or an area it covers; '' for the whole area), so each
-- coverage figure is one GROUP BY over an index instead of joining every service's terms on every visit.
-- Written again for a service when its ServicesChanged event is delivered (reporting's ServiceCoverage).
create table service_coverage (
    service_id uuid         not null references service (id) on delete cascade,
    category   varchar(120) not null,
    level      varchar(120) not null,
    -- the locality's code; '' for a service offered to the whole area
    locality   varchar(64)  not null,
    -- the venue's town; '' for an area or a venue outside the named towns
    town       varchar(120) not null,
    primary key (service_id, category, level, locality, town)
);

create index service_coverage_locality on service_coverage (locality, category, level, service_id);
create index service_coverage_town on service_coverage (town, category, level, service_id);
