package org.familyhub.workspace;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familyhub.workspace.WorkspaceFixture.CONNEXIONS;

/**
 * An editor working in Polish reviews a change and reads a listing's history in Polish (#15): every label of what
 * changed ("Numer telefonu", "Miejsce: … — nazwa") is said in Polish, no English label is left, and the listing's
 * own words stay as their author wrote them.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub.workspace.ui")
class PolishReviewTest extends SpringBrowserlessTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @Autowired
    ListingWorkflow workflow;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    final Set<UUID> created = new HashSet<>();

    @AfterEach
    void removeWhatWasCreated() {
        SignedIn.out();
        WorkspaceFixture.remove(created, jdbc, transactions, events);
    }

    @Test
    void aChangeIsReviewedAndItsHistoryReadInPolishWithNoEnglishLabelLeft() throws IOException {
        SignedIn.as(accounts, "editor");
        Draft first = workflow.propose(CONNEXIONS);
        created.add(first.serviceId());
        workflow.save(first.id(), ListingWorkflowTest.form("Numbat Song Club", "CW1 2AB"));
        UUID service = workflow.publish(first.id()).serviceId();
        SignedIn.as(accounts, "provider");
        Draft draft = workflow.edit(service);
        ListingForm form = ReviewChangesTest.with(draft.form(), "phone", "01270 555 999");
        form = ReviewChangesTest.with(form, "minimumAge", new BigDecimal("2"));
        form = ReviewChangesTest.with(form, "venueName", "Quokka Hall Annexe");
        workflow.save(draft, form);
        workflow.submit(draft.id());

        SignedIn.as(accounts, "editor");
        UI.getCurrent().setLocale(POLISH);
        navigate("workspace/drafts/" + draft.id(), Component.class);
        List<String> review = labels($(Section.class).withClassName("workspace-review").single());
        assertThat(review).contains("Dane kontaktowe", "Numer telefonu", "Dla kogo", "Najmłodszy wiek (lata)",
                "Miejsce: Quokka Hall Annexe", "Miejsce: Quokka Hall Annexe — nazwa");
        assertThat($(Checkbox.class).all()).extracting(Checkbox::getLabel).allSatisfy(label ->
                assertThat(label).doesNotContainPattern(english()));
        assertThat(review).allSatisfy(label -> assertThat(label).doesNotContainPattern(english()));
        assertThat(getCurrentView().getElement().getTextRecursively()).as("the listing's own words, as written")
                .contains("01270 555 999", "Quokka Hall");

        workflow.publish(draft.id());
        navigate("workspace/history/" + service, Component.class);
        List<String> history = labels($(Div.class).withClassName("workspace-history").single());
        assertThat(history).contains("Numer telefonu", "Najmłodszy wiek (lata)", "Opis", "Adres e-mail",
                "Dodano miejsce: Quokka Hall");
        assertThat(history).allSatisfy(label -> assertThat(label).doesNotContainPattern(english()));
        assertThat(String.join(" ", history)).containsPattern("[ąćęłńóśźż]");
    }

    /**
     * Two people on one draft: the save from the older copy is refused in Polish, says in Polish what the other
     * person changed, and keeps their change in the form, so nothing either wrote is lost.
     */
    @Test
    void aSaveRefusedBecauseSomeoneElseSavedFirstIsExplainedInPolish() throws IOException {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(CONNEXIONS);
        created.add(draft.serviceId());
        workflow.save(draft.id(), ListingWorkflowTest.form("Numbat Quarrel Club", "CW1 2AB"));
        UI.getCurrent().setLocale(POLISH);
        navigate("workspace/drafts/" + draft.id(), Component.class);

        Draft theirs = workflow.draft(draft.id());
        workflow.save(theirs, ReviewChangesTest.with(theirs.form(), "phone", "01270 555 777"));
        $(Button.class).all().stream().filter(b -> "Zapisz wersję roboczą".equals(b.getText())).findFirst()
                .orElseThrow().click();

        String feedback = $(Div.class).withClassName("workspace-feedback").single().getElement()
                .getTextRecursively();
        assertThat(feedback).contains("Ktoś inny zapisał ten wpis").doesNotContain("Someone else");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Co zmieniła druga osoba", "Numer telefonu", "01270 555 777");
        assertThat(workflow.draft(draft.id()).form().phone()).isEqualTo("01270 555 777");
    }

    /** The labels shown: each change's label and each part's heading. */
    private List<String> labels(Component in) {
        List<String> labels = new ArrayList<>();
        $(H3.class, in).all().forEach(h -> labels.add(h.getText()));
        $(Div.class, in).withClassName("workspace-change").all().forEach(change -> labels.add(
                change.getChildren().findFirst().orElseThrow().getElement().getTextRecursively()));
        return labels;
    }

    /** Any English label word of what changed, as a whole word: "Phone number", "Venue", "postcode". */
    private static Pattern english() throws IOException {
        Properties english = new Properties();
        try (Reader in = new InputStreamReader(PolishReviewTest.class.getResourceAsStream(
                "/vaadin-i18n/editor.properties"), StandardCharsets.UTF_8)) {
            english.load(in);
        }
        List<String> words = new ArrayList<>();
        english.stringPropertyNames().stream().filter(key -> key.startsWith("editor.changes.")).map(english::getProperty)
                .flatMap(value -> List.of(value.split("\\{\\d}|—|:|\\(|\\)")).stream()).map(String::strip)
                .filter(fragment -> fragment.length() > 2).map(Pattern::quote).forEach(words::add);
        return Pattern.compile("(?i)(?<!\\p{L})(" + String.join("|", words) + ")(?!\\p{L})");
    }
}
