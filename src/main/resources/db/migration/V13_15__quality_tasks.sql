-- Data quality tasks (#20): what the nightly (and on-demand) checks found wrong with a published listing, one row
-- per open finding, for editors to fix or dismiss. A finding is known again by its listing, kind and detail key
-- (the other listing's id for a duplicate, the address for a broken link, the number for a bad phone), so a
-- re-run keeps a dismissed finding dismissed; last_run is the run that last found it, and a run deletes the rows
-- of its kinds that it no longer finds (the problem was fixed).
create table quality_task (
    id               uuid          not null primary key,
    service_id       uuid          not null references service (id) on delete cascade,
    kind             varchar(20)   not null,
    detail_key       varchar(500)  not null,
    details          varchar(1000) not null,
    found_at         timestamp(6)  not null,
    last_run         uuid          not null,
    dismissed_at     timestamp(6),
    dismissed_by     varchar(250),
    dismissed_reason varchar(1000),
    constraint quality_task_once unique (service_id, kind, detail_key),
    constraint quality_task_kinds check (kind in ('DUPLICATE', 'BROKEN_LINK', 'BAD_PHONE', 'PAST_REVIEW',
        'NO_MAIL_DOMAIN'))
);

create index quality_task_open on quality_task (dismissed_at, kind, found_at);
create index quality_task_run on quality_task (kind, last_run);
