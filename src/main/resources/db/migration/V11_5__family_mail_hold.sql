-- An e-mail to a family about one case (a request for help) names the case, so the dispatcher can ask, just
-- before it sends, whether the family may still be contacted: a safeguarding flag raised after the e-mail was
-- queued must still stop it. A withheld e-mail stays in the outbox, never sent, and says why.
alter table outgoing_email
    add column family_case uuid,
    add column withheld_at timestamp(6);
