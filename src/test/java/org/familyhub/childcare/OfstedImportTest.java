package org.familyhub.childcare;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.childcare.OfstedImport.Line;
import org.familyhub.childcare.OfstedImport.Outcome;
import org.familyhub.childcare.OfstedImport.Report;
import org.familyhub.directory.ServicesChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Ofsted import on the sample content, with the fictional files in {@code src/test/resources/ofsted}: new
 * registrations become drafts, grades and dates update, closures retire, other areas are skipped, and a file
 * with a bad row changes nothing. One test, in order, as each import changes the database the next one reads.
 */
@PortalTest
class OfstedImportTest {

    /** Little Owls (Macclesfield, EY900106) and Little Acorns (Nantwich, EY900104): no other test relies on them. */
    static final UUID LITTLE_OWLS = UUID.fromString("9e76c70d-972f-5f61-ae28-a32ff5d5783f");
    static final UUID LITTLE_ACORNS = UUID.fromString("a63bc05f-9fae-5d28-825e-428cfe3164c0");

    @Autowired
    OfstedImport ofsted;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    /**
     * The sample as it was, for the tests that count it (187 services, 184 published): the draft the import added
     * and its organisation go, and the retired pre-school is published again, through the outbox as any change.
     */
    @AfterEach
    void sampleAsItWas() {
        SignedIn.out();
        jdbc.sql("select p.service_id, s.organization_id from childcare_provider p join service s on s.id = p.service_id"
                        + " where p.ofsted_urn = 'EY900201'")
                .query((rs, n) -> java.util.List.of(rs.getString(1), rs.getString(2))).optional()
                .ifPresent(draft -> {
                    jdbc.sql("delete from childcare_provider where service_id = ?").param(draft.get(0)).update();
                    jdbc.sql("delete from attribute where link_id = ?").param(draft.get(0)).update();
                    jdbc.sql("delete from service where id = ?").param(draft.get(0)).update();
                    jdbc.sql("delete from organization where id = ? and not exists"
                            + " (select 1 from service where organization_id = ?)")
                            .params(draft.get(1), draft.get(1)).update();
                });
        if (status(LITTLE_ACORNS).equals("inactive")) {
            transaction.executeWithoutResult(t -> {
                jdbc.sql("update service set status = 'active' where id = ?").param(LITTLE_ACORNS.toString()).update();
                events.publishEvent(new ServicesChanged(java.util.Set.of(LITTLE_ACORNS)));
            });
        }
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = OfstedImportTest.class.getResourceAsStream("/ofsted/" + name)) {
            return in.readAllBytes();
        }
    }

    private String status(UUID service) {
        return jdbc.sql("select status from service where id = ?").param(service.toString()).query(String.class)
                .single();
    }

    private String grade(String urn) {
        return jdbc.sql("select coalesce(inspection_grade, '') from childcare_provider where ofsted_urn = ?")
                .param(urn).query(String.class).single();
    }

    private long rows(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void onlyAnAdministratorImports() {
        SignedIn.as(accounts, "editor");
        String before = grade("EY900106");
        assertThatThrownBy(() -> ofsted.importCsv(file("childcare-providers-sample.csv")))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(accounts, "provider");
        assertThatThrownBy(() -> ofsted.importCsv(file("childcare-providers-sample.csv")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(grade("EY900106")).isEqualTo(before);
    }

    @Test
    void aFileWithABadRowChangesNothing_thenTheGoodFileAddsUpdatesRetiresAndSkipsOtherAreas() throws IOException {
        SignedIn.as(accounts, "admin");
        long services = rows("select count(*) from service");

        Report refused = ofsted.importCsv(file("childcare-providers-malformed.csv"));
        assertThat(refused.imported()).isFalse();
        assertThat(refused.lines()).extracting(Line::row, Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, Outcome.REFUSED), org.assertj.core.groups.Tuple.tuple(2, Outcome.REFUSED),
                org.assertj.core.groups.Tuple.tuple(3, Outcome.REFUSED), org.assertj.core.groups.Tuple.tuple(4, Outcome.CHECKED));
        assertThat(refused.lines().get(0).problems()).singleElement().asString()
                .contains("Inspection date").contains("31/01/2026").contains("2026-10-20");
        assertThat(refused.lines().get(1).problems()).singleElement().asString().contains("Brilliant");
        assertThat(refused.lines().get(2).problems()).singleElement().asString().contains("not-a-urn");
        assertThat(grade("EY900106")).isEqualTo("good");
        assertThat(status(LITTLE_ACORNS)).isEqualTo("active");
        assertThat(rows("select count(*) from service")).isEqualTo(services);

        Report report = ofsted.importCsv(file("childcare-providers-sample.csv"));
        assertThat(report.imported()).isTrue();
        assertThat(report.lines()).extracting(Line::urn, Line::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EY900106", Outcome.UPDATED),
                org.assertj.core.groups.Tuple.tuple("EY900102", Outcome.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("EY900104", Outcome.RETIRED),
                org.assertj.core.groups.Tuple.tuple("EY900201", Outcome.ADDED_DRAFT),
                org.assertj.core.groups.Tuple.tuple("EY900202", Outcome.OUTSIDE_AREA));
        assertThat(grade("EY900106")).isEqualTo("outstanding");
        assertThat(jdbc.sql("select inspection_date from childcare_provider where ofsted_urn = 'EY900106'")
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2026, 10, 20));
        // What the provider said stays: Ofsted's file only brings Ofsted's facts.
        assertThat(jdbc.sql("select fee_per_hour from childcare_provider where ofsted_urn = 'EY900106'")
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("6.20");
        assertThat(status(LITTLE_ACORNS)).isEqualTo("inactive");
        assertThat(status(LITTLE_OWLS)).isEqualTo("active");
        String draft = jdbc.sql("select service_id from childcare_provider where ofsted_urn = 'EY900201'")
                .query(String.class).single();
        assertThat(status(UUID.fromString(draft))).isEqualTo("inactive");
        assertThat(jdbc.sql("select name from service where id = ?").param(draft).query(String.class).single())
                .isEqualTo("Childminder in Crewe (Ofsted EY900201)");
        assertThat(rows("select count(*) from childcare_provider where ofsted_urn = 'EY900202'")).isZero();
        assertThat(rows("select count(*) from service")).isEqualTo(services + 1);

        // The same file again changes nothing more.
        Report again = ofsted.importCsv(file("childcare-providers-sample.csv"));
        assertThat(again.lines()).extracting(Line::outcome).containsExactly(Outcome.UNCHANGED, Outcome.UNCHANGED,
                Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.OUTSIDE_AREA);
        assertThat(rows("select count(*) from service")).isEqualTo(services + 1);
    }

    @Test
    void aFileThatIsNotOfstedsFormatIsRefusedWholeWithTheMissingColumns() {
        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> ofsted.importCsv("name,postcode\nSunflower,CW2 6QQ\n".getBytes()))
                .isInstanceOf(InvalidChildcareException.class).hasMessageContaining("Provider URN");
    }
}
