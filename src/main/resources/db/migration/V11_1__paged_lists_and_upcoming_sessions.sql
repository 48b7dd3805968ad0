-- Which public list each published service is on (a locality, a category or its parent, a venue), with its
-- name, so a page of 20 in name order is a short walk along the primary key, and a list's length is a count of
-- its entries. Written again for a service when its ServicesChanged event is delivered (ServiceLists).
create table listed_service (
    list_id    uuid         not null,
    name       varchar(250) not null,
    service_id uuid         not null references service (id) on delete cascade,
    primary key (list_id, name, service_id)
);

create index listed_service_service on listed_service (service_id);

-- The next eight days of sessions of published services at their venues, one row per session a day, so
-- "on this week" (home, locality, venue) is one indexed range read instead of working out every service's
-- recurrence on every visit. Refilled for a service when its ServicesChanged event is delivered (the
-- outbox, so it is retried), and rolled forward every day in batches (UpcomingSessions).
create table upcoming_session (
    schedule_id  uuid         not null,
    on_date      date         not null,
    service_id   uuid         not null references service (id) on delete cascade,
    venue_id     uuid         not null,
    locality_id  uuid         not null,
    opens_at     time,
    closes_at    time,
    -- when the session is over that day (its close, or an hour after it opens); null lasts all day
    ends_at      time,
    service_name varchar(250) not null,
    primary key (schedule_id, on_date)
);

create index upcoming_session_week on upcoming_session (on_date, opens_at, service_name);
create index upcoming_session_locality on upcoming_session (locality_id, on_date, opens_at, service_name);
create index upcoming_session_venue on upcoming_session (venue_id, on_date, opens_at, service_name);
create index upcoming_session_service on upcoming_session (service_id);

-- Which days upcoming_session holds (one row), and whether the last full refill finished.
create table upcoming_window (
    id         int       not null primary key,
    first_day  date      not null,
    last_day   date      not null,
    complete   boolean   not null,
    claimed_at timestamp(6) not null
);
