package org.familyhub.reporting.api;

import java.nio.charset.StandardCharsets;

import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The report card as CSV and PDF, for managers, admins and editors only. */
@PortalTest
class ReportCardEndpointTest {

    private static final String CSV = "/api/reporting/report-card.csv";

    @Autowired
    WebApplicationContext context;

    @Test
    void managersDownloadTheCardAsCsvWithEveryFigureAndItsDefinition() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        mvc.perform(get(CSV + "?quarter=2026-Q3")).andExpect(status().isUnauthorized());
        for (String denied : new String[] {"provider", "professional", "frontdoor"}) {
            mvc.perform(get(CSV + "?quarter=2026-Q3").with(SecuredMvc.as(denied))).andExpect(status().isForbidden());
        }
        String csv = mvc.perform(get(CSV + "?quarter=2026-Q3&locality=crewe-nantwich").with(SecuredMvc.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        containsString("report-card-crewe-nantwich-2026-07-01-to-2026-09-30.csv")))
                .andExpect(content().string(startsWith("\"area\",\"section\",\"measure\"")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Crewe and Nantwich\",\"How much did we do?\",\"REQUESTS_FOR_HELP\"")
                .contains("\"Q3 2026\"").contains("\"Q2 2026\"").contains("\"THINGS_IMPROVED_BY_LEVEL\"");
        assertThat(csv.lines().filter(line -> line.startsWith("\"=") || line.contains(",\"=")).count())
                .as("no cell a spreadsheet would run").isZero();
        mvc.perform(get(CSV + "?quarter=2026-Q5").with(SecuredMvc.as("editor"))).andExpect(status().isBadRequest());
        mvc.perform(get(CSV + "?quarter=2026-Q3&locality=atlantis").with(SecuredMvc.as("editor")))
                .andExpect(status().isBadRequest());
        mvc.perform(get(CSV).with(SecuredMvc.as("admin"))).andExpect(status().isBadRequest());
    }

    @Test
    void theBoardPaperIsAPdf() throws Exception {
        byte[] pdf = SecuredMvc.of(context).perform(get("/api/reporting/report-card.pdf?year=2026")
                        .with(SecuredMvc.as("manager")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
