-- Open Referral UK feeds of other publishers, pulled or uploaded by the administrator.
create table feed_source (
    id                uuid         not null primary key,
    name              varchar(200) not null,
    base_url          varchar(500),
    created_at        timestamp(6) not null,
    last_pulled_at    timestamp(6),
    last_full_pull_at timestamp(6),
    last_status       varchar(30),
    last_report       text
);

-- Which feed a service came from. Services without a row are the council's own content.
create table service_source (
    service_id     uuid         not null primary key references service (id) on delete cascade,
    feed_source_id uuid         not null references feed_source (id) on delete cascade,
    external_id    varchar(100) not null,
    content_hash   varchar(64)  not null,
    last_seen_at   timestamp(6) not null
);

create index service_source_feed on service_source (feed_source_id);
