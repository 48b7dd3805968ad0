-- A notice on every public page for urgent news (closures in bad weather, a changed phone number), #18.
-- Plain text in English, and in Polish when an editor writes it (without it Polish pages show the English
-- with a note). Shown from starts_at until ends_at (instants; editors enter them in Europe/London). "End now"
-- sets ends_at, so the record of what families were told stays. The portal reads the notices that have not
-- ended (a range scan of site_notice_ends) at most every 30 seconds, never per page view.
create table site_notice (
    id         uuid         not null primary key,
    english    varchar(300) not null,
    polish     varchar(300),
    level      varchar(20)  not null,
    starts_at  timestamp(6) not null,
    ends_at    timestamp(6) not null,
    set_by     varchar(100) not null,
    set_at     timestamp(6) not null,
    constraint site_notice_order check (starts_at < ends_at),
    constraint site_notice_level check (level in ('URGENT', 'INFORMATION'))
);

create index site_notice_ends on site_notice (ends_at);
