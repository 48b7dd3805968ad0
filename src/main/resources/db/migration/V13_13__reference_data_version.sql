-- One row counting committed changes to reference data (organisations, venues, topics, localities, postcode
-- areas). Every node keeps small tables of these in memory; each compares this number now and then and reads
-- its tables again when another node has changed them (#15).
create table reference_data_version (
    id      tinyint not null primary key,
    version bigint  not null
);

insert into reference_data_version (id, version) values (1, 0);
