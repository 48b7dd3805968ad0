-- School term dates of the council's area: sessions that run in term time only skip the half terms and the
-- holidays between terms. A handful of rows a year, read whole.
create table school_term (
    id                  uuid         not null primary key,
    name                varchar(100) not null,
    starts_on           date         not null,
    ends_on             date         not null,
    half_term_starts_on date,
    half_term_ends_on   date,
    constraint school_term_in_order check (starts_on <= ends_on),
    constraint school_term_half_term_inside check (half_term_starts_on is null
        or half_term_starts_on >= starts_on and half_term_ends_on is not null
        and half_term_ends_on <= ends_on and half_term_starts_on <= half_term_ends_on)
);

-- HSDS has no field for "term time only": providers say it in the session's words. Existing sessions are marked
-- from those words, as documents without the portal's own flag are when they come in.
alter table schedule add column term_time_only boolean not null default false;
update schedule set term_time_only = true
 where concat_ws(' ', description, notes) regexp '(?i)term[- ]time';
