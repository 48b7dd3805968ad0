-- The Local Offer's area pages at any size (#19): each area row carries its service's name and whether the
-- service is published, kept by LocalOfferListing, so a page of an area reads one range of one index in name
-- order and counts the same range, instead of joining every service of the area to sort it (about a second
-- with 100,000 services in one area).
alter table local_offer_area
    add column service_name varchar(250) not null default '',
    add column listed       boolean      not null default false;

update local_offer_area a join service s on s.id = a.service_id
   set a.service_name = s.name, a.listed = (s.status = 'active');

create index local_offer_area_listed on local_offer_area (area, listed, service_name, service_id);
