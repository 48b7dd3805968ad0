package org.familyhub.directory.feed.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.feed.FeedImport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators register, pull and read other publishers' feeds on screen (#15 item 8): each pull's report in
 * words, refused records first with their reasons, older reports a link away; nobody else may open the screens.
 * The feeds here only refuse records, so nothing is added to the sample directory.
 */
@PortalTest
@ViewPackages(packages = {"org.familyhub.directory.feed.ui", "org.familyhub.portal.ui"})
class FeedViewsTest extends SpringBrowserlessTest {

    /** Two records the rules refuse: one without a name, one whose id is not a UUID. */
    static final String REFUSED = """
            [{"id": "fe0d0000-0000-4000-8000-000000000404", "status": "active"},
             {"id": "not-a-uuid", "name": "Nowhere Club", "status": "active"}]""";

    @Autowired
    UserAccounts accounts;
    @Autowired
    FeedImport feeds;
    @Autowired
    JdbcClient jdbc;

    final List<UUID> registered = new ArrayList<>();
    HttpServer server;

    @AfterEach
    void removeTheFeeds() {
        if (server != null) {
            server.stop(0);
        }
        SignedIn.out();
        if (!registered.isEmpty()) {
            jdbc.sql("delete from feed_source where id in (:ids)").param("ids", registered).update();
        }
    }

    @Test
    void anAdministratorRegistersAFeedAndReadsItsReportInWords() {
        SignedIn.as(accounts, "admin");
        navigate("admin/feeds", FeedsView.class);
        $(TextField.class).id("feed-base-url").setValue("not an address");
        $(Button.class).id("feed-register").click();
        assertThat($(TextField.class).id("feed-name").isInvalid()).isTrue();
        assertThat($(TextField.class).id("feed-base-url").isInvalid()).isTrue();
        assertThat(jdbc.sql("select count(*) from feed_source where name = 'Eastshire Council'")
                .query(Long.class).single()).as("nothing saved").isZero();

        $(TextField.class).id("feed-name").setValue("Eastshire Council");
        $(TextField.class).id("feed-base-url").setValue("");
        $(Button.class).id("feed-register").click();
        UUID feed = jdbc.sql("select id from feed_source where name = 'Eastshire Council'").query(UUID.class).single();
        registered.add(feed);
        assertThat(PageText.of($(Section.class).id("feeds-listed")))
                .contains("Eastshire Council", "Uploaded as files", "Not pulled or uploaded yet.");

        feeds.importFile(feed, new ByteArrayInputStream(REFUSED.getBytes(StandardCharsets.UTF_8)));
        navigate("admin/feeds/" + feed, FeedView.class);

        String report = PageText.of($(Section.class).id("feed-report"));
        assertThat(report).contains("a file: some records refused. 2 refused.", "2 records refused",
                "fe0d0000-0000-4000-8000-000000000404: refused (name: is required",
                "Nowhere Club: refused (id: must be a UUID");
        assertThat(report).doesNotContain("rejected", "partial");
        assertThat($(Button.class).all()).extracting(Button::getId).map(id -> id.orElse(""))
                .doesNotContain("feed-pull-changes");
        navigate("admin/feeds", FeedsView.class);
        assertThat(PageText.of($(Section.class).id("feeds-listed")))
                .contains("Last time: some records refused, uploaded. 2 refused.");
    }

    @Test
    void aPullRunsInTheBackgroundAndEachPullKeepsItsReport() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oruk/services", exchange -> {
            byte[] body = """
                    {"total_items": 0, "total_pages": 1, "page_number": 1, "size": 0, "first_page": true,
                     "last_page": true, "empty": true, "contents": []}""".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        SignedIn.as(accounts, "admin");
        UUID feed = feeds.register("Westshire Council", "http://127.0.0.1:" + server.getAddress().getPort() + "/oruk")
                .id();
        registered.add(feed);
        feeds.importFile(feed, new ByteArrayInputStream(REFUSED.getBytes(StandardCharsets.UTF_8)));

        navigate("admin/feeds/" + feed, FeedView.class);
        $(Button.class).id("feed-pull-everything").click();
        assertThat(PageText.of($(Paragraph.class).id("feed-running"))).contains("Reading the feed");
        // Until the pull's thread has told the page (UI.access, run here as the page's next round trip would): a
        // report chosen before that would be replaced by the newest when the message arrives.
        Paragraph running = $(Paragraph.class).id("feed-running");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!PageText.of(running).contains("The feed has been read") && Instant.now().isBefore(deadline)) {
            VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
            Thread.onSpinWait();
        }
        assertThat(feeds.pulls(feed)).hasSize(2);

        navigate("admin/feeds/" + feed, FeedView.class);
        assertThat(PageText.of($(Section.class).id("feed-report")))
                .contains("everything: every record read. Nothing in it.");
        UnorderedList history = $(Section.class).id("feed-history").getChildren()
                .filter(UnorderedList.class::isInstance).map(UnorderedList.class::cast).findFirst().orElseThrow();
        assertThat(PageText.of(history)).contains("everything, every record read", "a file, some records refused");
        Anchor older = $(Anchor.class).all().stream().filter(a -> a.getHref().contains("?pull=")).findFirst()
                .orElseThrow();

        String[] address = older.getHref().split("\\?pull=");
        UI.getCurrent().navigate(address[0], QueryParameters.of("pull", address[1]));
        assertThat(PageText.of($(Section.class).id("feed-report"))).contains("2 records refused");
    }

    @Test
    void onlyAdministratorsOpenTheFeedScreens() {
        SignedIn.as(accounts, "admin");
        UUID feed = feeds.register("Southshire Council", null).id();
        registered.add(feed);
        for (String user : List.of("editor", "manager", "frontdoor", "provider", "professional")) {
            SignedIn.as(accounts, user);
            // The route is hidden from them: as if it did not exist.
            assertThatThrownBy(() -> navigate("admin/feeds", FeedsView.class)).as(user)
                    .hasMessageContaining("RouteNotFoundError");
            assertThatThrownBy(() -> navigate("admin/feeds/" + feed, FeedView.class)).as(user)
                    .hasMessageContaining("RouteNotFoundError");
        }
    }
}
