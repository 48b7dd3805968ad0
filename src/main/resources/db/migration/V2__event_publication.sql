-- Spring Modulith's Event Publication Registry: the transactional outbox. An event is stored here in
-- the same transaction as the change that raised it, and stays incomplete until its listener succeeds.
create table event_publication (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       datetime(6)  not null,
    completion_date        datetime(6),
    last_resubmission_date datetime(6),
    completion_attempts    int          not null default 0,
    status                 enum ('COMPLETED', 'FAILED', 'PROCESSING', 'PUBLISHED', 'RESUBMITTED')
);

create index event_publication_incomplete on event_publication (completion_date, publication_date);
