-- A temporarily closed service stays listed with its notice and, when there is one, the service to go to
-- instead (#18). The closure holds only while the status says "temporarily closed": from its first day (none:
-- already) to its last (none: until further notice). The notice belongs to the closure and ends with it; the
-- HSDS "alert" stays for anything else. ClosureEnds reopens services whose last day has passed, a range scan
-- of service_closure_ends however large the directory.
alter table service
    add column closed_from            date,
    add column closed_until           date,
    add column closure_notice         varchar(500),
    add column alternative_service_id uuid,
    add constraint service_alternative foreign key (alternative_service_id) references service (id)
        on delete set null,
    add constraint service_closure_order check (closed_from is null or closed_until is null
        or closed_from <= closed_until);

create index service_closure_ends on service (status, closed_until);
