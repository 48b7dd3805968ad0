package org.familyhub.directory;

import java.util.List;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The centres' list reads the centres, and only them, wherever they are. */
@PortalTest
class VenuesTest {

    @Autowired
    Venues venues;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCentresAreTheVenuesWhoseTypeIsACentreByTownAndName() {
        List<Venues.Centre> centres = venues.centres(null);

        assertThat(centres).extracting(Venues.Centre::id).containsExactlyInAnyOrderElementsOf(centreIds(null));
        assertThat(centres).isNotEmpty().allSatisfy(centre -> assertThat(Venues.CENTRE_TYPES).contains(centre.type()));
        assertThat(centres).extracting(centre -> centre.place().town() + " / " + centre.name())
                .isSortedAccordingTo(String::compareTo);
        assertThat(jdbc.sql("select count(*) from location").query(Long.class).single())
                .as("venues that are not centres (halls, libraries) are left out").isGreaterThan(centres.size());
    }

    @Test
    void aLocalitysCentresAreThoseInIt() {
        List<Venues.Centre> inCrewe = venues.centres("crewe-nantwich");

        assertThat(inCrewe).extracting(Venues.Centre::id).containsExactlyInAnyOrderElementsOf(centreIds("crewe-nantwich"));
        assertThat(inCrewe).isNotEmpty()
                .allSatisfy(centre -> assertThat(centre.place().locality()).isEqualTo("Crewe and Nantwich"));
        assertThat(venues.centres("no-such-locality")).isEmpty();
    }

    private List<UUID> centreIds(String localityCode) {
        return jdbc.sql("""
                        select distinct l.id from location l
                        join attribute a on a.link_id = l.id and a.link_type = 'location'
                        join taxonomy_term t on t.id = a.taxonomy_term_id join taxonomy x on x.id = t.taxonomy_id
                        join locality loc on loc.id = l.locality_id
                        where x.name = 'venue-type' and t.code in ('childrens-centre', 'family-hub', 'family-centre')
                          and (:locality is null or loc.code = :locality)""")
                .param("locality", localityCode).query(UUID.class).list();
    }
}
