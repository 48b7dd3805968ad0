-- Several portal nodes share this database: a cluster-wide scheduled job runs only on the node holding its row
-- here (ShedLock's table, times from the database's own clock).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null default current_timestamp(3),
    locked_by  varchar(255) not null
);
