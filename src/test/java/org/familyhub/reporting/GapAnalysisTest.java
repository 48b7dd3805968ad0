package org.familyhub.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.familyhub.Outbox;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.LevelOfNeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gap analysis against {@link ReportSample} and the sample content, counted by hand. */
@PortalTest
class GapAnalysisTest {

    private static final Period Q3 = Period.quarter(2026, 3);

    @Autowired
    GapAnalysis gaps;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void sample() {
        ReportSample.writeOnce(jdbc);
        SignedIn.as(users, "manager");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void similarSearchesGroupByTheirWords() {
        assertThat(SearchWords.normalise("Autism groups in Crewe?")).isEqualTo("autism crewe group");
        assertThat(SearchWords.normalise("  crewe, AUTISM group ")).isEqualTo("autism crewe group");
        assertThat(SearchWords.normalise("help with my toddler's tantrums")).isEqualTo("help tantrum toddler");
    }

    @Test
    void searchesThatFoundNothingAreGroupedWithTheirLocalityAndLastSeen() {
        List<GapGroup> crewe = gaps.zeroResultSearches(ReportSample.CREWE, Q3);
        assertThat(crewe).extracting(GapGroup::words).containsExactly("autism crewe group", "speech therapy");
        GapGroup autism = crewe.getFirst();
        assertThat(autism.count()).isEqualTo(3);
        assertThat(autism.wordings()).containsExactly("Autism groups in Crewe?", "crewe autism group");
        assertThat(autism.localities()).containsExactly("Crewe and Nantwich");
        assertThat(autism.lastSeen()).isEqualTo(Instant.parse("2026-09-20T12:00:00Z"));
        assertThat(crewe.get(1).localities()).containsExactly("Crewe and Nantwich");

        List<GapGroup> area = gaps.zeroResultSearches(null, Q3);
        assertThat(area).extracting(GapGroup::count).containsExactly(3L, 1L, 1L);
        assertThat(area.get(1).words()).as("equal counts in word order").isEqualTo("lesson swimming");
        assertThat(area.get(1).localities()).containsExactly("Congleton");
    }

    @Test
    void aManagerMarksAMissingSynonymAndItBecomesAnEditorsTask() {
        gaps.mark("speech therapy", GapVerdict.MISSING_SYNONYM);
        gaps.mark("Autism groups in Crewe", GapVerdict.GAP_IN_OFFER);
        assertThat(gaps.zeroResultSearches(ReportSample.CREWE, Q3)).extracting(GapGroup::verdict)
                .containsExactly(GapVerdict.GAP_IN_OFFER, GapVerdict.MISSING_SYNONYM);
        assertThat(gaps.synonymTasks()).extracting(SynonymTask::words).contains("speech therapy");

        SignedIn.as(users, "editor");
        assertThatThrownBy(() -> gaps.mark("speech therapy", GapVerdict.GAP_IN_OFFER))
                .isInstanceOf(AccessDeniedException.class);
        gaps.synonymAdded("speech therapy");
        assertThat(gaps.synonymTasks()).extracting(SynonymTask::words).doesNotContain("speech therapy");
    }

    @Test
    void theCoverageMatrixCountsLocalServicesByCategoryAndLevelWithDemandBeside() {
        Outbox.awaitDelivered(jdbc, Duration.ofMinutes(2), "ServiceCoverage"); // the sample reaches service_coverage
        Coverage coverage = gaps.coverage(ReportSample.CREWE, Q3);
        Coverage.Row parenting = row(coverage, "parenting");
        // Sample content: Crewe and Nantwich's parenting services at levels 1 to 4.
        assertThat(parenting.services()).containsExactly(7, 10, 5, 2);
        assertThat(parenting.searches()).isEqualTo(10);
        assertThat(parenting.requests()).isEqualTo(2);
        assertThat(row(coverage, "toddlers").services(LevelOfNeed.UNIVERSAL)).isEqualTo(15);
        assertThat(row(coverage, "send").empty(LevelOfNeed.COMPLEX)).isTrue();
        assertThat(row(coverage, "send").requests()).isEqualTo(1);
        assertThat(row(coverage, "childcare-and-early-education").services()).containsExactly(4, 0, 0, 0);
        assertThat(coverage.bunched()).anySatisfy(bunch -> {
            assertThat(bunch.town()).isEqualTo("Crewe");
            assertThat(bunch.level()).isEqualTo(LevelOfNeed.UNIVERSAL);
            assertThat(bunch.categoryName()).containsIgnoringCase("toddler");
            assertThat(bunch.services()).isEqualTo(7);
        });
        assertThat(coverage.bunched()).allSatisfy(bunch -> assertThat(bunch.services()).isGreaterThanOrEqualTo(4));
    }

    private static Coverage.Row row(Coverage coverage, String category) {
        return coverage.rows().stream().filter(r -> r.categoryCode().equals(category)).findFirst().orElseThrow();
    }
}
