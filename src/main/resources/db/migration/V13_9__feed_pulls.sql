-- Every pull or upload of another publisher's feed, with its report, so administrators can see what each one
-- brought and refused (feed_source keeps only the last). The newest 30 per feed are kept.
create table feed_pull (
    id             uuid         not null primary key,
    feed_source_id uuid         not null references feed_source (id) on delete cascade,
    started_at     timestamp(6) not null,
    finished_at    timestamp(6) not null,
    mode           varchar(10)  not null,
    status         varchar(30)  not null,
    counts         varchar(500) not null,
    report         mediumtext   not null
);

create index feed_pull_newest on feed_pull (feed_source_id, started_at desc);
