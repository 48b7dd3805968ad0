-- Saved searches and e-mail alerts for parents (no account). Only what the alert needs: the address, the search's own
-- query string, the language of the page they signed up on and the times that drive it. Unconfirmed rows are purged
-- after a few days; unsubscribing deletes the row, and its links with it.
create table search_alert (
    id              uuid          not null primary key,
    email           varchar(254)  not null,
    query           varchar(2000) not null,
    language        varchar(8)    not null,
    created_at      timestamp(6)  not null,
    confirmed_at    timestamp(6),
    last_sent_at    timestamp(6)
);

-- The secrets in the links of each e-mail an alert sent (confirm, unsubscribe), as SHA-256 only: every e-mail has its
-- own, so an old e-mail's unsubscribe link keeps working without the portal ever keeping a link it could resend.
create table search_alert_link (
    token_hash  char(64)     not null primary key,
    alert_id    uuid         not null,
    created_at  timestamp(6) not null,
    constraint search_alert_link_alert foreign key (alert_id) references search_alert (id) on delete cascade
);

-- The digest pages through confirmed alerts in id order; the purge finds old unconfirmed ones by creation time.
create index search_alert_confirmed on search_alert (confirmed_at, id);
create index search_alert_created on search_alert (created_at);
create index search_alert_email on search_alert (email);

-- When a service was first published (listed for families): what "new since your last e-mail" is measured by. A
-- service already listed counts as published when it was last changed; the sample content loaded on a first start
-- gets it from its load.
alter table service add column first_published_at timestamp(6);
update service set first_published_at = last_modified where status in ('active', 'temporarily closed');

-- Extra headers an e-mail carries (one "Name: value" per line), e.g. List-Unsubscribe for one-click unsubscribing.
alter table outgoing_email add column headers varchar(2000);
