package org.familyhub.folders.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.PortalTest;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.folders.Folder;
import org.familyhub.folders.FolderItem;
import org.familyhub.folders.Folders;
import org.familyhub.search.SearchIndexFixture;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Add to a folder" on the search page's cards (#15), against the real database and search engine: a professional
 * adds results to a new folder and to one they have, and the folder lists them; nobody else's cards change.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class FolderCardToolTest extends SpringBrowserlessTest {

    @Autowired
    Folders folders;
    @Autowired
    UserAccounts users;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indexIsReady() {
        SearchIndexFixture.awaitIndex(index, Duration.ofSeconds(90), () -> search.search(SearchQuery.forText("")
                .size(1).build()).total() == jdbc.sql("select count(*) from service where status in"
                        + " ('active', 'temporarily closed')").query(Long.class).single());
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aProfessionalAddsTwoResultsToAFolderFromTheirCardsAndTheFolderListsThem() {
        professional();
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=stay+and+play"));
        List<Button> buttons = $(Button.class).withClassName("folder-card-add").all();
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(2).hasSameSizeAs(cards());
        String first = serviceIn(buttons.get(0));
        assertThat(buttons.get(0).getElement().getAttribute("aria-expanded")).isEqualTo("false");

        test(buttons.get(0)).click();
        assertThat(buttons.get(0).getElement().getAttribute("aria-expanded")).isEqualTo("true");
        test($(TextField.class).id("folder-label")).setValue("KL");
        test($(TextField.class).id("folder-add-note")).setValue("Mornings");
        test($(Button.class).id("folder-create-and-add")).click();

        Paragraph status = $(Paragraph.class).id("folder-card-status");
        assertThat(status.getText()).isEqualTo(first + " is in KL.");
        assertThat(status.getElement().getAttribute("role")).isEqualTo("status");
        Folder folder = folders.mine(0, 1).folders().getFirst();
        assertThat($(Anchor.class).id("folder-card-open").getHref()).isEqualTo("folders/" + folder.id());

        String second = serviceIn(buttons.get(1));
        test(buttons.get(1)).click();
        assertThat($(Div.class).withClassName("folder-chooser").all()).as("one chooser at a time").hasSize(1);
        test($(Button.class).withText("Add to KL").single()).click();
        assertThat($(Paragraph.class).id("folder-card-status").getText()).isEqualTo(second + " is in KL.");

        Folders.Contents contents = folders.contents(folder.id()).orElseThrow();
        assertThat(contents.items()).hasSize(2);
        assertThat(contents.items()).extracting(FolderItem::note).contains("Mornings");
        UI.getCurrent().navigate("folders/" + folder.id());
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(first, second);
    }

    @Test
    void anAnonymousVisitorAndOtherStaffSeeTodaysCardsWithNoControl() {
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=stay+and+play"));
        assertThat(cards()).isNotEmpty().allSatisfy(card -> assertThat(card.getChildren()).isEmpty());
        assertThat($(Button.class).withClassName("folder-card-add").all()).isEmpty();

        SignedIn.as(users, "provider");
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=stay+and+play&page=1"));
        assertThat(cards()).isNotEmpty().allSatisfy(card -> assertThat(card.getChildren()).isEmpty());

        SignedIn.as(users, "editor");
        UI.getCurrent().navigate("search", QueryParameters.fromString("q=stay+and+play"));
        assertThat($(Button.class).withClassName("folder-card-add").all()).isEmpty();
    }

    private List<Article> cards() {
        return $(Article.class).withClassName("service-card").all();
    }

    /** "Add Stay and Play to a folder" names its service. */
    private static String serviceIn(Button button) {
        String text = button.getText();
        assertThat(text).startsWith("Add ").endsWith(" to a folder");
        return text.substring("Add ".length(), text.length() - " to a folder".length());
    }

    /** A professional of their own, so the test sees only its own folders. */
    private static PortalUser professional() {
        return SignedIn.as(new PortalUser(UUID.randomUUID(), "pro-" + UUID.randomUUID(), "A Professional", null,
                Set.of(Role.PROFESSIONAL), null, Set.of()));
    }
}
