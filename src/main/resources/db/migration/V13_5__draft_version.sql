-- Optimistic locking (#15): each save of a draft counts up, so a save made from an older copy is refused.
alter table listing_draft add column version bigint not null default 0;
