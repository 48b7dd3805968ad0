package org.familyhub.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.familyhub.PortalTest;
import org.familyhub.frontdoor.Child;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.SelfReferral;
import org.familyhub.shared.PortalProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/backup.sh and deploy/restore.sh as an operator runs them: the running portal's database backed up,
 * then restored into a MariaDB on a fresh data directory, where every request, listing and survey answer is found
 * again, row for row.
 */
@PortalTest
class BackupRestoreTest {

    /** What a family or a council would miss if a restore lost it, by the query that lists it. */
    private static final Map<String, String> EVERYTHING = Map.of(
            "requests for help", "select id, reference, status from help_request order by id",
            "listings", "select id, name, status from service order by id",
            "survey answers", "select response_id, question_key, answer_value from survey_answer order by 1, 2",
            "e-mails not sent yet", "select id, recipient, subject from outgoing_email where sent_at is null order by id");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FrontDoor frontDoor;
    @Autowired
    EmbeddedMariaDb portalDatabase;
    @Autowired
    PortalProperties properties;

    @Test
    void aBackupRestoredIntoAFreshDataDirectoryHasEveryRequestListingAndSurveyAnswer() throws Exception {
        String reference = frontDoor.submit(new SelfReferral("Backup Parent", List.of(new Child(4, null)), Set.of(),
                "Help with sleep, please.", "CW1 3AB", Set.of(ContactMethod.PHONE), null, "01270 123456", null, true,
                true, null, null), "backup-test").reference();
        aSurveyAnswer("Backed up answer " + UUID.randomUUID());
        Map<String, List<Map<String, Object>>> before = everything(jdbc);
        assertThat(before.get("requests for help")).anySatisfy(row -> assertThat(row).containsValue(reference));
        assertThat(List.of("requests for help", "listings", "survey answers"))
                .allSatisfy(what -> assertThat(before.get(what)).as(what).isNotEmpty());

        Path work = Files.createTempDirectory(Path.of("target"), "backup-");
        Path backup = work.resolve("familyhub.sql.gz");
        run(Map.of("FAMILYHUB_DATA_DIR", properties.dataDir().toString()), "deploy/backup.sh", backup.toString());
        assertThat(Files.size(backup)).isPositive();

        // A fresh data directory, as on a new server: its own MariaDB, empty, with its own password.
        Path fresh = work.resolve("fresh-data");
        try (EmbeddedMariaDb restored = EmbeddedMariaDb.start(fresh.resolve("mariadb"), 0, Duration.ofMinutes(2))) {
            run(Map.of("FAMILYHUB_DATA_DIR", fresh.toString()), "deploy/restore.sh", backup.toString());

            HikariDataSource connection = new HikariDataSource();
            connection.setJdbcUrl(restored.jdbcUrl());
            connection.setUsername(restored.credentials().user());
            connection.setPassword(restored.credentials().password());
            try (connection) {
                assertThat(everything(JdbcClient.create((DataSource) connection))).isEqualTo(before);
            }
        }
    }

    @Test
    void aBackupNeverOverwritesAnEarlierOne() throws Exception {
        Path existing = Files.createTempFile(Path.of("target"), "earlier-", ".sql.gz");
        Files.writeString(existing, "an earlier backup");

        Process backup = process(Map.of("FAMILYHUB_DATA_DIR", properties.dataDir().toString()), "deploy/backup.sh",
                existing.toString());

        assertThat(backup.exitValue()).isNotZero();
        assertThat(new String(backup.getInputStream().readAllBytes())).contains("exists already");
        assertThat(Files.readString(existing)).isEqualTo("an earlier backup");
    }

    private void aSurveyAnswer(String text) {
        UUID survey = jdbc.sql("select id from survey order by code limit 1").query(UUID.class).single();
        UUID version = jdbc.sql("select v.id from survey_version v join survey s on s.id = v.survey_id"
                + " and v.version = s.current_version where s.id = ?").param(survey).query(UUID.class).single();
        UUID response = UUID.randomUUID();
        jdbc.sql("insert into survey_response (id, survey_id, survey_version_id, submitted_at, contact_consent)"
                + " values (?, ?, ?, ?, false)").params(response, survey, version, java.sql.Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("insert into survey_answer (response_id, question_key, answer_value) values (?, 'comment', ?)")
                .params(response, text).update();
    }

    private static Map<String, List<Map<String, Object>>> everything(JdbcClient db) {
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        EVERYTHING.forEach((what, query) -> rows.put(what, db.sql(query).query().listOfRows()));
        return rows;
    }

    private static void run(Map<String, String> environment, String... command) throws Exception {
        Process process = process(environment, command);
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static Process process(Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished").isTrue();
        return process;
    }
}
