-- People who sign in. Parents and carers never need an account. Passwords are stored only as
-- hashes (Spring Security's delegating format, e.g. {bcrypt}…); a council's single sign-on users have none.

create table portal_user (
    id              uuid         not null primary key,
    username        varchar(100) not null unique,
    display_name    varchar(200) not null,
    email           varchar(254),
    password_hash   varchar(200),
    enabled         boolean      not null default true,
    organisation_id uuid         references organization (id),
    created_at      timestamp(6) not null
);

create index portal_user_email on portal_user (email);

create table portal_user_role (
    user_id uuid        not null references portal_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint portal_user_role_known check (role in
        ('PROFESSIONAL', 'PROVIDER', 'FRONT_DOOR', 'EDITOR', 'MANAGER', 'ADMIN'))
);

-- The localities a front-door worker covers (locality.code, e.g. crewe-nantwich).
create table portal_user_locality (
    user_id       uuid        not null references portal_user (id) on delete cascade,
    locality_code varchar(64) not null references locality (code),
    primary key (user_id, locality_code)
);
