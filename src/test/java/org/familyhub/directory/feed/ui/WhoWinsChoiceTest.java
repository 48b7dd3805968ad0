package org.familyhub.directory.feed.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.WhoWins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator chooses on a feed's page whether local edits or the feed win, and sees what the feed holds. */
@PortalTest
@ViewPackages(packages = {"org.familyhub.directory.feed.ui", "org.familyhub.portal.ui"})
class WhoWinsChoiceTest extends SpringBrowserlessTest {

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
    @SuppressWarnings("unchecked")
    void anAdministratorLetsTheFeedWinOnItsPage() {
        UUID feed = feeds.register("Who Wins Screen Council", null).id();
        registered.add(feed);
        feeds.importFile(feed, new ByteArrayInputStream("[{\"name\": \"no id\"}]".getBytes(StandardCharsets.UTF_8)));
        SignedIn.as(accounts, "admin");
        navigate("admin/feeds/" + feed, FeedView.class);

        RadioButtonGroup<WhoWins> choice = $(RadioButtonGroup.class).id("feed-who-wins-choice");
        assertThat(choice.getValue()).isEqualTo(WhoWins.LOCAL_EDITS);
        assertThat(PageText.of($(Section.class).id("feed-who-wins"))).contains("Local edits win");
        assertThat($(Paragraph.class).id("feed-holdings").getText())
                .isEqualTo("0 listings from this feed; 0 have fields kept from local edits.");

        choice.setValue(WhoWins.FEED);
        $(Button.class).id("feed-who-wins-save").click();

        assertThat(feeds.source(feed).orElseThrow().whoWins()).isEqualTo("feed");
        assertThat(PageText.of($(Section.class).id("feed-who-wins"))).contains("Saved.");
    }
}
