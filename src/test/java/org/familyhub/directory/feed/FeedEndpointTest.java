package org.familyhub.directory.feed;

import java.util.Arrays;
import java.util.Collections;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;

import static org.familyhub.SecuredMvc.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class FeedEndpointTest {

    @Autowired
    FeedImport feeds;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    FeedEndpoint endpoint;
    @Autowired
    UserAccounts accounts;
    @Value("${familyhub.feed.max-upload-size}")
    DataSize maxUploadSize;

    @Test
    void theRoleIsCheckedOnTheBeanItselfNotOnlyOnTheUrl() {
        try {
            SignedIn.as(accounts, "editor");
            assertThatThrownBy(() -> endpoint.list()).isInstanceOf(AccessDeniedException.class);

            SignedIn.as(accounts, "admin");
            assertThat(endpoint.list().getStatusCode().value()).isEqualTo(200);
        } finally {
            SignedIn.out();
        }
    }

    @AfterEach
    void removeRegisteredFeeds() {
        feeds.sources().stream().filter(f -> f.name().startsWith("Endpoint Test"))
                .forEach(f -> jdbc.sql("delete from feed_source where id = ?").param(f.id()).update());
    }

    @Test
    void refusesAnyoneButAnAdministrator() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);

        mvc.perform(get("/api/admin/feeds")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/feeds").with(as("editor"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/feeds").with(as("manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Endpoint Test x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/feeds/" + UUID.randomUUID() + "/pull")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/admin/feeds/" + UUID.randomUUID() + "/upload").content("[]"))
                .andExpect(status().isUnauthorized());
    }

    /** A publisher's corrections address can change after registration, be removed, and is checked as at first. */
    @Test
    void anAdministratorChangesAFeedsCorrectionsAddressAfterRegistration() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        UUID feed = feeds.register("Endpoint Test Changing Trust", null, null).id();
        String path = "/api/admin/feeds/" + feed;

        mvc.perform(patch(path).with(as("editor")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"corrections_email\": \"new@trust.example.org\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch(path).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"corrections_email\": \"new@trust.example.org\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.corrections_email").value("new@trust.example.org"));
        assertThat(feeds.source(feed).orElseThrow().correctionsEmail()).isEqualTo("new@trust.example.org");
        mvc.perform(patch(path).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"corrections_email\": \"new at trust\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("corrections_email")));
        mvc.perform(patch(path).with(as("admin")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(patch("/api/admin/feeds/" + UUID.randomUUID()).with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"corrections_email\": null}"))
                .andExpect(status().isNotFound());
        mvc.perform(patch(path).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"corrections_email\": null}"))
                .andExpect(status().isOk());
        assertThat(feeds.source(feed).orElseThrow().correctionsEmail()).isNull();
    }

    @Test
    void registersListsAndAnswersErrorsAsJson() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);

        mvc.perform(post("/api/admin/feeds").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Endpoint Test Council\", \"base_url\": \"https://example.org/api/oruk\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Endpoint Test Council"))
                .andExpect(jsonPath("$.base_url").value("https://example.org/api/oruk"));
        mvc.perform(get("/api/admin/feeds").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feeds[*].name", hasItem("Endpoint Test Council")));

        mvc.perform(post("/api/admin/feeds").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Endpoint Test bad\", \"base_url\": \"ftp://nowhere\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bad_request"));
        mvc.perform(post("/api/admin/feeds").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Endpoint Test Trust\", \"corrections_email\": \"fixes@trust.example.org\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.corrections_email").value("fixes@trust.example.org"));
        mvc.perform(post("/api/admin/feeds").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Endpoint Test bad contact\", \"corrections_email\": \"fixes at trust\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("corrections_email")));
        mvc.perform(post("/api/admin/feeds").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/admin/feeds").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"base_url\": \"https://example.org\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/admin/feeds/" + UUID.randomUUID() + "/pull").with(as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(post("/api/admin/feeds/not-an-id/pull").with(as("admin")))
                .andExpect(status().isNotFound());

        UUID uploads = feeds.register("Endpoint Test Uploads", null).id();
        mvc.perform(post("/api/admin/feeds/" + uploads + "/upload").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/admin/feeds/" + uploads + "/pull").with(as("admin")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/admin/feeds/" + uploads + "/upload").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"name\": \"no id\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("partial"))
                .andExpect(jsonPath("$.records[0].outcome").value("rejected"))
                .andExpect(jsonPath("$.counts.rejected").value(1));
    }

    @Test
    void anAdministratorChoosesWhetherLocalEditsOrTheFeedWinAndNobodyElseMay() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        UUID feed = feeds.register("Endpoint Test Who Wins", null).id();
        assertThat(feeds.source(feed).orElseThrow().whoWins()).isEqualTo("local_edits");

        mvc.perform(patch("/api/admin/feeds/" + feed).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"who_wins\": \"feed\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(patch("/api/admin/feeds/" + feed).with(as("editor")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"who_wins\": \"feed\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/admin/feeds/" + feed).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"who_wins\": \"whoever\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("who_wins")));
        mvc.perform(patch("/api/admin/feeds/" + feed).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(feeds.source(feed).orElseThrow().whoWins()).isEqualTo("local_edits");

        mvc.perform(patch("/api/admin/feeds/" + feed).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"who_wins\": \"feed\", \"corrections_email\": \"fixes@wins.example.org\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.who_wins").value("feed"))
                .andExpect(jsonPath("$.corrections_email").value("fixes@wins.example.org"));
        mvc.perform(get("/api/admin/feeds").with(as("admin")))
                .andExpect(jsonPath("$.feeds[?(@.name == 'Endpoint Test Who Wins')].who_wins", hasItem("feed")));
        mvc.perform(patch("/api/admin/feeds/" + UUID.randomUUID()).with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"who_wins\": \"feed\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFeedOfTwoHundredThousandAndOneRecordsGetsAReportThatFitsNotA500() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        UUID big = feeds.register("Endpoint Test Big", null).id();
        String records = "[" + String.join(",", Collections.nCopies(200_001, "1")) + "]";

        mvc.perform(post("/api/admin/feeds/" + big + "/upload").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(records))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.rejected").value(200_001))
                .andExpect(jsonPath("$.truncated").value(true))
                .andExpect(jsonPath("$.records.length()").value(FeedReport.MAX_LINES));

        assertThat(feeds.lastReport(big)).hasValueSatisfying(report -> assertThat(report)
                .contains("\"rejected\":200001").hasSizeGreaterThan(65_535));
    }

    @Test
    void anUploadLargerThanTheLimitIsRefusedWithAPlainMessageBeforeItIsRead() throws Exception {
        MockMvc mvc = SecuredMvc.of(context);
        UUID feed = feeds.register("Endpoint Test Too Big", null).id();
        byte[] tooBig = new byte[(int) maxUploadSize.toBytes() + 1];
        Arrays.fill(tooBig, (byte) ' ');

        mvc.perform(post("/api/admin/feeds/" + feed + "/upload").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(tooBig))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.message").value(containsString(
                        "larger than " + maxUploadSize.toMegabytes() + " MB")));
        assertThat(feeds.lastReport(feed)).isEmpty();
    }
}
