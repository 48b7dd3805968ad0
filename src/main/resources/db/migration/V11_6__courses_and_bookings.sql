-- Parenting programme courses: dated runs of a programme service with a limited number of places.
-- The database enforces capacity: places_taken counts booked places and places held on offer to someone on the
-- waiting list, is changed only by conditional updates (… where places_taken < capacity) in the transaction
-- that books, cancels or offers, and the check constraint refuses anything past capacity whatever the code does.
create table course (
    id                uuid         not null primary key,
    service_id        uuid         not null references service (id),
    organisation_id   uuid         not null,
    title             varchar(250) not null,
    venue             varchar(300) not null,
    facilitator       varchar(200),
    start_time        time         not null,
    end_time          time         not null,
    capacity          int          not null,
    places_taken      int          not null default 0,
    creche_places     int          not null default 0,
    who_may_book      varchar(20)  not null,
    booking_opens_at  timestamp(6) not null,
    booking_closes_at timestamp(6) not null,
    first_session     date         not null,
    last_session      date         not null,
    status            varchar(20)  not null,
    created_at        timestamp(6) not null,
    cancelled_at      timestamp(6),
    version           int          not null default 0,
    constraint course_places check (places_taken >= 0 and places_taken <= capacity),
    constraint course_capacity check (capacity > 0 and creche_places >= 0)
);

create index course_service on course (service_id, status, first_session);
create index course_organisation on course (organisation_id, first_session);
create index course_finished on course (last_session);

create table course_session (
    course_id    uuid not null references course (id) on delete cascade,
    session_date date not null,
    primary key (course_id, session_date)
);

-- One row per form submission: a booked place, or a place on the waiting list (status WAITING) until an offer
-- is accepted. The idempotency key comes with the form, so a double submit finds the first row instead of
-- making a second. Columns marked "personal" are cleared by the retention purge.
create table booking (
    id                  uuid         not null primary key,
    reference           varchar(12)  not null,
    course_id           uuid         not null references course (id),
    status              varchar(20)  not null,
    idempotency_key     varchar(64)  not null,
    -- only the SHA-256 of the single-use cancel link's token: the link itself is only in the family's e-mail
    cancel_token_hash   char(64),
    children_count      int          not null,
    creche_children     int          not null default 0,
    booked_by_user_id   uuid,
    consent_recorded_at timestamp(6),
    created_at          timestamp(6) not null,
    cancelled_at        timestamp(6),
    moved_to_booking_id uuid,
    purged_at           timestamp(6),
    -- personal
    parent_name         varchar(200),
    email               varchar(254),
    phone               varchar(30),
    children_ages       varchar(100),
    creche_needs        varchar(500),
    access_needs        varchar(1000),
    consent_to_contact  boolean,
    booked_by_name      varchar(200),
    consent_given_by    varchar(200),
    constraint booking_reference unique (reference),
    constraint booking_idempotency unique (idempotency_key),
    constraint booking_cancel_token unique (cancel_token_hash)
);

create index booking_course on booking (course_id, status);
create index booking_booked_by on booking (booked_by_user_id);

-- A course's waiting list, in order. An OFFERED entry holds a place (counted in places_taken) until it is
-- accepted, declined or its offer expires; the expiry job claims due offers with FOR UPDATE SKIP LOCKED.
create table waiting_list_entry (
    id               uuid         not null primary key,
    course_id        uuid         not null references course (id),
    booking_id       uuid         not null references booking (id),
    position         int          not null,
    queued_at        timestamp(6) not null,
    status           varchar(20)  not null,
    offered_at       timestamp(6),
    offer_expires_at timestamp(6),
    offer_token_hash char(64),
    decided_at       timestamp(6),
    constraint waiting_list_position unique (course_id, position),
    constraint waiting_list_booking unique (booking_id),
    constraint waiting_list_offer_token unique (offer_token_hash)
);

create index waiting_list_status on waiting_list_entry (course_id, status, position);
create index waiting_list_offers on waiting_list_entry (status, offer_expires_at);

create table attendance (
    booking_id   uuid         not null references booking (id) on delete cascade,
    session_date date         not null,
    attended     boolean      not null,
    marked_at    timestamp(6) not null,
    marked_by    varchar(200) not null,
    primary key (booking_id, session_date)
);

-- Every step of every course, booking and offer: who (a user, "family" or "system"), when, what.
create table booking_audit (
    id         uuid         not null primary key,
    course_id  uuid         not null,
    booking_id uuid,
    at         timestamp(6) not null,
    actor      varchar(200) not null,
    action     varchar(40)  not null,
    detail     varchar(1000)
);

create index booking_audit_course on booking_audit (course_id, at);
create index booking_audit_booking on booking_audit (booking_id);
