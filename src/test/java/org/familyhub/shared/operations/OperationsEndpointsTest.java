package org.familyhub.shared.operations;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.mail.Email;
import org.familyhub.mail.Mail;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What operators and load balancers get from Spring Boot Actuator: probes that answer anyone with a status alone,
 * details and metrics for administrators (AuthorizationMatrixTest proves who is refused).
 */
@PortalTest
class OperationsEndpointsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    SearchService search;
    @Autowired
    Mail mail;
    @Autowired
    MeterRegistry metrics;

    @Test
    void theProbesTellAnyoneTheStatusAndNothingElse() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness",
                "/actuator/health/liveness"}) {
            MvcResult result = mvc.perform(get(probe)).andReturn();
            assertThat(result.getResponse().getStatus()).as(probe).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(probe).contains("\"status\":\"UP\"")
                    .doesNotContain("components", "details", "mariadb", "elasticsearch");
        }
    }

    @Test
    void readinessCoversTheDatabaseTheSearchClusterAndTheEmbeddedServersLivenessOnlyTheNode() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        String readiness = mvc.perform(get("/actuator/health/readiness").with(SecuredMvc.as("admin"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(readiness).contains("\"db\":{", "\"search\":{", "\"embeddedServers\":{", "\"readinessState\":{",
                "\"mariadb\":\"UP\"", "\"elasticsearch\":\"UP\"").doesNotContain("DOWN", "DEGRADED");

        String liveness = mvc.perform(get("/actuator/health/liveness").with(SecuredMvc.as("admin"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(liveness).contains("\"livenessState\":{").doesNotContain("\"db\"", "\"search\"");
    }

    @Test
    void prometheusShowsSearchLatencyBacklogsSessionsAndRequestsForHelpByStatus() throws Exception {
        search.search(SearchQuery.forText("stay and play").build());

        String scraped = SecuredMvc.of(context).perform(get("/actuator/prometheus").with(SecuredMvc.as("admin")))
                .andReturn().getResponse().getContentAsString();

        assertThat(scraped).containsPattern("familyhub_search_latency_seconds_count\\{[^}]*answered_by=\"engine\"[^}]*} [1-9]")
                .contains("familyhub_mail_backlog", "familyhub_mail_failing", "familyhub_outbox_backlog",
                        "familyhub_vaadin_sessions")
                .containsPattern("familyhub_help_requests\\{[^}]*status=\"RECEIVED\"")
                .containsPattern("familyhub_help_requests\\{[^}]*status=\"CLOSED\"");
    }

    @Test
    void theMailBacklogCountsAnEmailQueuedAndNotSentYet() {
        double before = metrics.get("familyhub.mail.backlog").gauge().value();

        mail.queue(new Email("backlog-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Your request", "We have it."));

        assertThat(metrics.get("familyhub.mail.backlog").gauge().value()).isEqualTo(before + 1);
    }
}
