-- Usage counted without tracking people: one row per day, kind, page group and locality with a count, never a row
-- per visit. No cookie, address or user agent is stored; bots are left out before counting (UsageCounter). The
-- counts are buffered in memory and added here every few seconds with INSERT ... ON DUPLICATE KEY UPDATE.
-- locality_code is '' for the whole area or an unknown locality: a NULL in a unique key would never collide.
create table usage_count (
    day           date        not null,
    kind          varchar(20) not null,
    page_group    varchar(80) not null,
    locality_code varchar(64) not null default '',
    count         bigint      not null,
    primary key (day, kind, page_group, locality_code),
    constraint usage_count_kind check (kind in ('PAGE_VIEW', 'SEARCH', 'LEAFLET_DOWNLOAD'))
);

create index usage_count_locality on usage_count (locality_code, kind, day);
