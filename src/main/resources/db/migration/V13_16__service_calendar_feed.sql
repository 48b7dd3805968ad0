-- A provider's iCalendar feed for one service: pulled on a schedule, its events become the service's sessions.
-- last_status says in words how the last pull went ("12 sessions", "Not changed: not an iCalendar file");
-- last_error keeps the reason a pull changed nothing, cleared by the next good one.
create table service_calendar_feed (
    service_id     uuid          not null primary key references service (id) on delete cascade,
    url            varchar(2000) not null,
    last_pulled_at timestamp(6)  null,
    last_status    varchar(200)  null,
    last_error     varchar(500)  null
);
