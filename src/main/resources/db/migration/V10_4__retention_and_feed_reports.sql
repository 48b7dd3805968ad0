-- Delivered events are deleted from now on (spring.modulith.events.completion-mode: delete); the ones kept
-- as "completed" until now may carry a family's e-mail address (RequestClosed did), so they go too.
delete from event_publication where completion_date is not null;

-- A feed's report grew past TEXT's 64 kB with large feeds (a 500 on upload). The stored report is capped
-- (counts for every record, lines for the first ones), and MEDIUMTEXT holds the cap with room to spare.
alter table feed_source modify last_report mediumtext;
