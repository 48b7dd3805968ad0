-- Files the portal generates once per change and serves as they are: the PDF leaflets and the sitemap's
-- parts. In the database rather than on disk so that several portal nodes serve the same bytes.
-- A leaflet is at most a few hundred kB (topics are capped), a sitemap part about 200 kB gzipped: far
-- below MariaDB's default max_allowed_packet (16 MB), which a row must fit in.
create table generated_file (
    name         varchar(200) not null primary key,
    content_type varchar(100) not null,
    content      longblob     not null,
    etag         varchar(80)  not null,
    generated_at timestamp(6) not null,
    -- set when a change makes the file out of date; cleared when it is generated again
    stale_since  timestamp(6) null
);

-- The sitemap reads published service ids in id order, a page at a time, from this index alone.
create index service_published_ids on service (status, id, last_modified);
