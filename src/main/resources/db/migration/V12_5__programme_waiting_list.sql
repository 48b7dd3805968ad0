-- A programme's waiting list: families who asked to be told when the next course of a programme (a service with
-- courses) starts, while none was open for booking. When a course of that programme is created, each WAITING
-- entry, oldest first, becomes a booking on the new course's waiting list (offered a place while places last)
-- and the entry is CLOSED. Columns marked "personal" are cleared by the retention purge once an entry has been
-- closed for longer than the retention period (the same setting as bookings).
create table programme_waiting_entry (
    id                  uuid         not null primary key,
    reference           varchar(12)  not null,
    -- comes with the form, so a double submit finds the first entry instead of making a second
    idempotency_key     varchar(64)  not null,
    service_id          uuid         not null references service (id),
    status              varchar(20)  not null,
    created_at          timestamp(6) not null,
    closed_at           timestamp(6),
    moved_to_booking_id uuid,
    purged_at           timestamp(6),
    children_count      int          not null,
    -- personal
    parent_name         varchar(200),
    email               varchar(254),
    phone               varchar(30),
    children_ages       varchar(100),
    consent_to_contact  boolean,
    constraint programme_waiting_reference unique (reference),
    constraint programme_waiting_idempotency unique (idempotency_key)
);

create index programme_waiting_open on programme_waiting_entry (service_id, status, created_at);
create index programme_waiting_closed on programme_waiting_entry (status, closed_at);
