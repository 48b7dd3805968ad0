-- Feeds as partners (#20). Each feed says who wins when it changes a field an editor changed in the portal: the
-- local edit (the default; the field stays locked until an editor releases it) or the feed.
alter table feed_source add column who_wins varchar(20) not null default 'local_edits';

-- The top-level fields of a feed-imported listing an editor changed and published, comma separated (e.g.
-- 'name,description'): a pull keeps the portal's value of these while the feed's rule is 'local_edits'.
alter table service_source add column locked_fields varchar(1000);

-- The venues a feed created: a feed may update these (and only these, while no listing outside the feed uses them).
create table feed_location (
    location_id    uuid not null primary key references location (id) on delete cascade,
    feed_source_id uuid not null references feed_source (id) on delete cascade
);

create index feed_location_feed on feed_location (feed_source_id);

-- Venues feeds created before this change: one used only by listings of a single feed is taken to be that feed's.
insert into feed_location (location_id, feed_source_id)
select sal.location_id, max(ss.feed_source_id)
from service_at_location sal left join service_source ss on ss.service_id = sal.service_id
group by sal.location_id
having count(ss.service_id) = count(*) and count(distinct ss.feed_source_id) = 1;
