package org.familyhub.directory.feed.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
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

/** An administrator gives a feed its address for corrections when registering it, and changes it on its page. */
@PortalTest
@ViewPackages(packages = {"org.familyhub.directory.feed.ui", "org.familyhub.portal.ui"})
class CorrectionsContactTest extends SpringBrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    FeedImport feeds;
    @Autowired
    JdbcClient jdbc;

    final List<UUID> registered = new ArrayList<>();

    @AfterEach
    void removeTheFeeds() {
        SignedIn.out();
        if (!registered.isEmpty()) {
            jdbc.sql("delete from feed_source where id in (:ids)").param("ids", registered).update();
        }
    }

    @Test
    void theAddressIsCheckedAsAnEmailAddressWhenRegisteringAndChangedOnTheFeedsPage() {
        SignedIn.as(accounts, "admin");
        navigate("admin/feeds", FeedsView.class);
        $(TextField.class).id("feed-name").setValue("Corrections Test Trust");
        $(EmailField.class).id("feed-corrections-email").setValue("corrections at trust");
        $(Button.class).id("feed-register").click();
        assertThat($(EmailField.class).id("feed-corrections-email").isInvalid()).isTrue();
        assertThat(feeds.sources()).noneMatch(f -> f.name().equals("Corrections Test Trust"));

        $(EmailField.class).id("feed-corrections-email").setValue("corrections@trust.example.org");
        $(Button.class).id("feed-register").click();
        FeedImport.FeedSummary feed = feeds.sources().stream()
                .filter(f -> f.name().equals("Corrections Test Trust")).findFirst().orElseThrow();
        registered.add(feed.id());
        assertThat(feed.correctionsEmail()).isEqualTo("corrections@trust.example.org");

        navigate("admin/feeds/" + feed.id(), FeedView.class);
        assertThat(PageText.of($(Section.class).id("feed-corrections")))
                .contains("Problem reports about its listings are passed to corrections@trust.example.org.");
        $(EmailField.class).id("feed-corrections-email").setValue("not-an-address");
        $(Button.class).id("feed-corrections-save").click();
        assertThat($(EmailField.class).id("feed-corrections-email").isInvalid()).isTrue();
        assertThat(feeds.source(feed.id()).orElseThrow().correctionsEmail()).isEqualTo("corrections@trust.example.org");

        $(EmailField.class).id("feed-corrections-email").setValue("fixes@trust.example.org");
        $(Button.class).id("feed-corrections-save").click();
        assertThat(feeds.source(feed.id()).orElseThrow().correctionsEmail()).isEqualTo("fixes@trust.example.org");

        $(EmailField.class).id("feed-corrections-email").setValue("");
        $(Button.class).id("feed-corrections-save").click();
        assertThat(feeds.source(feed.id()).orElseThrow().correctionsEmail()).isNull();
        assertThat(PageText.of($(Section.class).id("feed-corrections"))).contains("stay with us");
    }
}
