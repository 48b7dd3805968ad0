-- Staff accounts managed by an administrator at /admin/users (issue 21): a council's database gets only its first
-- administrator from the environment; everyone else is added on screen and sets their own password by a link.

-- When the person last signed in (password or single sign-on); empty until they have.
alter table portal_user add column last_sign_in_at timestamp(6);

-- Single-use links to set a password: only the SHA-256 of the link's secret is kept, so someone who reads the
-- database cannot use one. A fresh link replaces every unused one of the same person.
create table portal_user_password_link (
    token_hash char(64)     not null primary key,
    user_id    uuid         not null references portal_user (id) on delete cascade,
    created_at timestamp(6) not null,
    expires_at timestamp(6) not null,
    used_at    timestamp(6)
);

create index portal_user_password_link_user on portal_user_password_link (user_id);

-- Every change to an account: who (an administrator's user name, or the person by their link), when, what.
create table portal_user_audit (
    id      uuid          not null primary key,
    user_id uuid          not null,
    at      timestamp(6)  not null,
    actor   varchar(100)  not null,
    action  varchar(40)   not null,
    detail  varchar(1000)
);

create index portal_user_audit_user on portal_user_audit (user_id, at);
