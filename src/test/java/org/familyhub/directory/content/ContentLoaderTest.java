package org.familyhub.directory.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.familyhub.PortalTest;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class ContentLoaderTest {

    private static final Path SAMPLE = Path.of("content");
    private static final Path FIXTURES = Path.of("src/test/resources/content-fixtures");

    @Autowired
    ContentLoader loader;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsCreateTheSchemaFromEmpty() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = 1 and version = '1'")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(tableCount()).containsKeys("service", "location", "schedule", "locality", "postcode_area");
    }

    @Test
    void theSampleContentIsLoadedOnFirstStartWithEveryLocality() {
        assertThat(count("service")).isEqualTo(187);
        assertThat(count("locality")).isEqualTo(4);
        Map<String, Long> perLocality = directory.localities().stream()
                .collect(Collectors.toMap(LocalitySummary::code, LocalitySummary::serviceCount));
        assertThat(perLocality).containsExactlyInAnyOrderEntriesOf(Map.of(
                "crewe-nantwich", 87L,
                "congleton", 77L,
                // two of them temporarily closed (Bollington's Stay and Play, Broken Cross's allotment club): still listed
                "macclesfield", 73L,
                "wilmslow-knutsford-poynton", 73L));
    }

    @Test
    void theSampleTermDatesAreLoadedAndSessionsThatSayTermTimeOnlyAreMarked() {
        assertThat(jdbc.sql("select name, starts_on, ends_on, half_term_starts_on from school_term order by starts_on")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4)).list()).containsExactly(
                "Autumn term 2026 2026-09-03 2026-12-18 2026-10-26",
                "Spring term 2027 2027-01-05 2027-03-25 2027-02-15",
                "Summer term 2027 2027-04-12 2027-07-23 2027-05-31");
        assertThat(jdbc.sql("select count(*) from schedule where term_time_only").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from schedule where description like '%term time only%'")
                        .query(Long.class).single()).isGreaterThan(50);
        // a half-term activity is not a term-time session
        assertThat(jdbc.sql("select term_time_only from schedule where description like 'February half term%'")
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void termDatesWithAHalfTermOutsideItsTermAreRejectedNamingTheTerm(@TempDir Path dir) throws IOException {
        fixtureContent(dir);
        Files.writeString(dir.resolve("term-dates.json"), """
                {"terms": [
                  {"id": "7a1f3c2e-0000-4000-8000-0000000000a1", "name": "Autumn term", "starts_on": "2026-09-03",
                   "ends_on": "2026-12-18", "half_term": {"starts_on": "2026-10-26", "ends_on": "2026-10-30"}},
                  {"id": "7a1f3c2e-0000-4000-8000-0000000000a2", "name": "Spring term", "starts_on": "2026-12-01",
                   "ends_on": "2027-03-25"},
                  {"id": "7a1f3c2e-0000-4000-8000-0000000000a3", "name": "Summer term", "starts_on": "2027-04-12",
                   "ends_on": "2027-07-23", "half_term": {"starts_on": "2027-07-26", "ends_on": "2027-07-30"}}
                ]}""");
        Map<String, Long> before = tableCount();

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("term-dates.json: term 'Summer term'")
                .hasMessageContaining("half term inside the term")
                .hasMessageContaining("term-dates.json: term 'Spring term'")
                .hasMessageContaining("overlaps the term 'Autumn term'")
                .hasMessageNotContaining("term 'Autumn term': field");
        assertThat(tableCount()).isEqualTo(before);
    }

    @Test
    void everyVenueResolvesToTheLocalityOfItsPostcode() {
        long mismatched = jdbc.sql("""
                select count(*) from location l
                  join address a on a.location_id = l.id
                  join postcode_area p on p.code = substring_index(a.postal_code, ' ', 1)
                where p.locality_id <> l.locality_id
                  and not exists (select 1 from postcode_area s
                                  where s.code = concat(substring_index(a.postal_code, ' ', 1), ' ',
                                                        left(substring_index(a.postal_code, ' ', -1), 1)))
                """).query(Long.class).single();
        assertThat(mismatched).isZero();
        assertThat(count("location")).isGreaterThan(50);
    }

    @Test
    void loadingTheSameContentAgainChangesNothing() {
        Map<String, Long> before = tableCount();
        assertThat(loader.load(SAMPLE)).isZero();
        assertThat(tableCount()).isEqualTo(before);
    }

    @Test
    void aBrokenFileIsRejectedNamingTheFileRecordAndFieldAndNothingIsLoaded(@TempDir Path dir) throws IOException {
        fixtureContent(dir);
        Path broken = dir.resolve("services/broken.json");
        Files.copy(FIXTURES.resolve("broken-status.json"), broken);
        Map<String, Long> before = tableCount();

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("services/broken.json")
                .hasMessageContaining("service 'Baby Sensory at the Fixture Hub'")
                .hasMessageContaining("status: must be one of")
                .hasMessageContaining("attributes.taxonomy_term_id: taxonomy term '00000000-0000-4000-8000-00000000dead'"
                        + " is unknown here");

        assertThat(tableCount()).isEqualTo(before);
        assertThat(serviceExists("7a1f3c2e-0000-4000-8000-000000000001")).isFalse();
    }

    @Test
    void invalidJsonIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
        fixtureContent(dir);
        Files.writeString(dir.resolve("services/truncated.json"), "[{\"id\": \"x\",\n \"name\": ");

        assertThatThrownBy(() -> loader.load(dir))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("services/truncated.json: not valid JSON")
                .hasMessageContaining("line 2");
    }

    @Test
    @Transactional // rolled back afterwards, so the other tests see only the sample content
    void validNewContentLoadsInOneGoAndOnlyOnce(@TempDir Path dir) throws IOException {
        fixtureContent(dir);

        int inserted = loader.load(dir);

        assertThat(inserted).isGreaterThan(0);
        assertThat(serviceExists("7a1f3c2e-0000-4000-8000-000000000001")).isTrue();
        assertThat(loader.load(dir)).isZero();
    }

    private boolean serviceExists(String id) {
        return jdbc.sql("select count(*) from service where id = ?").param(UUID.fromString(id))
                .query(Long.class).single() > 0;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Map<String, Long> tableCount() {
        return Stream.of("locality", "town", "postcode_area", "taxonomy", "taxonomy_term", "organization",
                        "location", "address", "service", "phone", "language", "cost_option", "service_area",
                        "service_at_location", "schedule", "attribute", "school_term")
                .collect(Collectors.toMap(t -> t, this::count));
    }

    /** A council's own services file beside the sample area and taxonomies. */
    private static void fixtureContent(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("services"));
        Files.copy(SAMPLE.resolve("area.json"), dir.resolve("area.json"));
        Files.copy(SAMPLE.resolve("taxonomies.json"), dir.resolve("taxonomies.json"));
        Files.copy(FIXTURES.resolve("services/fixture-hub.json"), dir.resolve("services/fixture-hub.json"));
    }
}
