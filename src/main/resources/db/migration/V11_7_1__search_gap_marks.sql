-- A manager's verdict on a group of searches that found nothing (keyed by its normalised words): a gap in the
-- offer, or a missing synonym, which is a task for editors until one of them marks it done.
create table search_gap_mark (
    words      varchar(250) not null primary key,
    verdict    varchar(20)  not null,
    marked_by  varchar(100) not null,
    marked_at  timestamp(6) not null,
    done_by    varchar(100),
    done_at    timestamp(6),
    constraint search_gap_mark_verdict check (verdict in ('GAP_IN_OFFER', 'MISSING_SYNONYM'))
);

-- The gap report groups a period's searches by their words in SQL before normalising them.
create index search_gap_words on search_gap (searched_at, query_text(100));

-- The outcome survey's answer names what it was about (the closed request), so the report card can count
-- "things improved" by the request's level of need without keeping anything about the family.
alter table survey_response add column subject_id uuid;
create index survey_response_subject on survey_response (subject_id);

-- Report card queries read requests for help and feedback by arrival time.
create index help_request_created on help_request (created_at, locality_code);
create index survey_response_submitted on survey_response (submitted_at, locality_code);
create index listing_change_time on listing_change (changed_at, action);
-- Satisfaction and "was this page helpful" read one survey's answers in a period.
create index survey_response_survey_time on survey_response (survey_id, submitted_at, locality_code);
