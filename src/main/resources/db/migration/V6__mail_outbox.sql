-- The mail outbox: an e-mail is a row written in the same transaction as the change that caused it, then
-- sent by the dispatcher, which retries with growing waits until the mail server takes it.

create table outgoing_email (
    id              uuid          not null primary key,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    queued_at       timestamp(6)  not null,
    next_attempt_at timestamp(6)  not null,
    sent_at         timestamp(6),
    attempts        int           not null default 0,
    last_error      varchar(1000)
);

create index outgoing_email_due on outgoing_email (sent_at, next_attempt_at);
create index outgoing_email_recipient on outgoing_email (recipient);
