-- Searches that found nothing: what families asked for that the directory does not have.
-- Only the postcode district is kept, never a full postcode.
create table search_gap (
    id          bigint       not null auto_increment primary key,
    query_text  varchar(500) not null,
    filters     text         not null,
    searched_at datetime(6)  not null
);

create index search_gap_time on search_gap (searched_at);
