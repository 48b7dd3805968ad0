package org.familyhub.reporting.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.reporting.Period;
import org.familyhub.reporting.ReportSampleAccess;
import org.familyhub.reporting.UsageCounter;
import com.vaadin.flow.component.Component;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The report card and gap analysis pages, without a browser, on the hand-counted sample. */
@PortalTest
@ViewPackages(packages = {"org.familyhub.reporting.ui", "org.familyhub.portal.ui"})
class ReportingViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UsageCounter counter;

    @BeforeEach
    void sample() {
        ReportSampleAccess.writeOnce(jdbc);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerChoosesCreweAndLastQuarterAndReadsEachFigureWithItsChartAndDefinition() {
        SignedIn.as(accounts, "manager");
        navigate(ReportCardView.class);
        assertThat($(H2.class).id("report-heading").getText())
                .isEqualTo("Cheshire East: Q3 2026 compared with Q2 2026");
        $(Select.class).id("report-locality").setValue("crewe-nantwich");
        ((Select<Period>) $(Select.class).id("report-period")).setValue(Period.quarter(2026, 3));
        test($(Button.class).id("report-show")).click();

        assertThat($(H2.class).id("report-heading").getText())
                .isEqualTo("Crewe and Nantwich: Q3 2026 compared with Q2 2026");
        String requests = $(Div.class).id("figure-requests-for-help").getElement().getTextRecursively();
        assertThat(requests).contains("Requests for help").contains("3").contains("Q2 2026: 1")
                .contains("up 2 (better)").contains("Self-referrals from families");
        String response = $(Div.class).id("figure-first-response-median").getElement().getTextRecursively();
        assertThat(response).contains("120 h (5.0 days)").contains("target 3 working days");
        assertThat($(Div.class).id("figure-first-response-median").getElement().toString()).contains("<svg")
                .contains("role=\"img\"").contains("<caption>Time to first response (median)</caption>");
        assertThat($(Div.class).id("report-by-level").getElement().getTextRecursively()).contains("Level 2")
                .contains("100.0%");
        assertThat($(Anchor.class).id("report-csv").getText()).isEqualTo("Download as CSV");
        assertThat($(Anchor.class).id("report-pdf").getHref()).isNotBlank();
    }

    @Test
    void aParentOpeningAServicePageIsCountedForItsLocalityOnTheNextFlush() {
        MockHttpServletRequest request = (MockHttpServletRequest) ((ServletRequestAttributes)
                RequestContextHolder.currentRequestAttributes()).getRequest();
        request.addHeader("User-Agent", "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile");
        try {
            counter.flush();
            long before = serviceViewsToday();
            navigate("services/2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54", Component.class);
            counter.flush();
            assertThat(serviceViewsToday()).isEqualTo(before + 1);
        } finally {
            request.removeHeader("User-Agent");
        }
    }

    private long serviceViewsToday() {
        return jdbc.sql("select coalesce(sum(count), 0) from usage_count where day = '2026-12-02' and kind = 'PAGE_VIEW'"
                + " and page_group = 'service' and locality_code = 'crewe-nantwich'").query(Long.class).single();
    }

    @Test
    void aManagerMarksAGapAndTheEditorSeesTheMissingSynonymAsATask() {
        SignedIn.as(accounts, "manager");
        navigate(GapView.class);
        NativeTable table = $(NativeTable.class).id("gaps-table");
        assertThat(table.getElement().getTextRecursively()).contains("autism crewe group")
                .contains("Autism groups in Crewe?").contains("Crewe and Nantwich");
        Button synonym = $(Button.class).all().stream()
                .filter(b -> "Missing synonym: lesson swimming".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        test(synonym).click();
        assertThat($(NativeTable.class).id("gaps-table").getElement().getTextRecursively())
                .contains("A missing synonym");
        assertThat($(Div.class).all().stream().anyMatch(d -> d.getElement().getTextRecursively()
                .contains("\"lesson swimming\", marked by manager"))).isTrue();
        assertThat($(NativeTable.class).all().stream().anyMatch(t -> t.getElement().toString()
                .contains("report-empty"))).as("empty cells outlined and worded").isTrue();

        SignedIn.as(accounts, "editor");
        navigate(GapView.class);
        assertThat($(Button.class).all()).noneMatch(b -> b.getText().equals("Gap in the offer"));
        Button added = $(Button.class).all().stream()
                .filter(b -> "Synonym added: lesson swimming".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow();
        test(added).click();
        assertThat($(Button.class).all()).noneMatch(b -> "Synonym added: lesson swimming"
                .equals(b.getElement().getAttribute("aria-label")));
    }
}
