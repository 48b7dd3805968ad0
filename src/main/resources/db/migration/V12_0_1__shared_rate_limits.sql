-- Rate limits and sign-in throttling shared by every portal node: one token bucket per limit and key. The key
-- (an address, a user name) is stored only as its SHA-256, and a row is deleted once its bucket is full again.
create table rate_limit_bucket (
    limit_name  varchar(64)  not null,
    key_hash    char(64)     not null,
    tokens      double       not null,
    refilled_at timestamp(6) not null,
    full_at     timestamp(6) not null,
    primary key (limit_name, key_hash)
);

create index rate_limit_bucket_full on rate_limit_bucket (full_at);
