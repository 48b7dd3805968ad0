-- A professional's folders: a named shortlist per family they support, kept in their account (issue #15). The label
-- is the professional's own (initials or a reference); the family's e-mail and language are kept only with the
-- consent recorded beside them (who, when), and removed when it is withdrawn. Folders untouched for the retention
-- period are deleted, their items with them.
create table folder (
    id              uuid          not null primary key,
    owner           varchar(100)  not null,
    label           varchar(80)   not null,
    created_at      timestamp(6)  not null,
    updated_at      timestamp(6)  not null,
    family_email    varchar(254),
    family_language varchar(8),
    consent_by      varchar(100),
    consent_at      timestamp(6)
);

-- One service in a folder, with the professional's optional short note.
create table folder_item (
    folder_id   uuid          not null,
    service_id  uuid          not null,
    note        varchar(200),
    added_at    timestamp(6)  not null,
    primary key (folder_id, service_id),
    constraint folder_item_folder foreign key (folder_id) references folder (id) on delete cascade
);

-- A professional's folders newest first, a page at a time; the retention job finds the untouched ones.
create index folder_owner_updated on folder (owner, updated_at);
create index folder_updated on folder (updated_at);
