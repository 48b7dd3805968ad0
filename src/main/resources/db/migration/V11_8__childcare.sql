-- Childcare facts of a listing (issue #19): one row per childcare provider's service, kept beside the directory's
-- HSDS tables because they are the Family Information Service's own duty (Childcare Act 2006, s.12), not HSDS
-- fields. Published in the Open Referral API as attributes of the taxonomy 'childcare' (V11_8_1).
create table childcare_provider (
    service_id       uuid         not null primary key references service (id),
    provider_type    varchar(30)  not null,
    ofsted_urn       varchar(12),
    register         varchar(80),
    inspection_grade varchar(30),
    inspection_date  date,
    report_url       varchar(500),
    min_age_months   int          not null,
    max_age_months   int          not null,
    -- RFC 5545 days, comma-separated: MO,TU,WE
    opening_days     varchar(30)  not null,
    opens_at         time,
    closes_at        time,
    all_year         boolean      not null,
    school_runs      varchar(500),
    fee_per_hour     decimal(7, 2),
    fee_per_session  decimal(7, 2),
    fee_per_day      decimal(7, 2),
    -- entitlement codes, comma-separated: two-year-olds,universal,extended,working-parent
    funded           varchar(120) not null default '',
    send_experience  varchar(1000),
    fees_updated_at  timestamp(6),
    reminded_on      date,
    constraint childcare_ages check (min_age_months >= 0 and max_age_months >= min_age_months),
    constraint childcare_fees check (coalesce(fee_per_hour, 0) >= 0 and coalesce(fee_per_session, 0) >= 0
        and coalesce(fee_per_day, 0) >= 0)
);

create unique index childcare_provider_urn on childcare_provider (ofsted_urn);

-- Places free now, by age group and day, each with when its provider last said so: a vacancy older than three
-- months is shown as unknown and never found by "vacancies now".
create table childcare_vacancy (
    service_id uuid        not null references childcare_provider (service_id) on delete cascade,
    age_group  varchar(20) not null,
    day        char(2)     not null,
    places     int         not null,
    updated_at timestamp(6) not null,
    primary key (service_id, age_group, day),
    constraint childcare_vacancy_places check (places >= 0)
);
