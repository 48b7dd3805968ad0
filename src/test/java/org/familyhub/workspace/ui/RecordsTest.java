package org.familyhub.workspace.ui;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.Outbox;
import org.familyhub.PageText;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.InvalidListingException;
import org.familyhub.directory.ReferenceData;
import org.familyhub.directory.ReferenceData.OrganisationForm;
import org.familyhub.directory.ReferenceData.OrganisationRecord;
import org.familyhub.directory.ReferenceData.TopicForm;
import org.familyhub.directory.ReferenceData.TopicRecord;
import org.familyhub.directory.ReferenceData.VenueForm;
import org.familyhub.directory.ReferenceData.VenueRecord;
import org.familyhub.directory.ReferenceDataChanged;
import org.familyhub.directory.TermNames;
import org.familyhub.workspace.NotPermittedException;
import org.familyhub.workspace.RecordEditing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Editors correct organisations and venues, administrators topics, localities and postcode areas (#15); every
 * change reaches the services' search documents and Open Referral through the outbox, and bad input changes nothing.
 */
@PortalTest
@ViewPackages(classes = WorkspaceView.class)
class RecordsTest extends SpringBrowserlessTest {

    /** Monks Coppenhall Children's Centre (CW1 4RL, Crewe and Nantwich), where Stay and Play meets. */
    static final UUID MONKS_CENTRE = UUID.fromString("028183d8-1331-5374-8f0e-e38531737e61");
    static final UUID MONKS_STAY_AND_PLAY = UUID.fromString("2d0d1fd9-9242-5518-ba8f-6a31a6fcbc54");
    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");

    @Autowired
    UserAccounts accounts;
    @Autowired
    ReferenceData records;
    @Autowired
    RecordEditing editing;
    @Autowired
    TermNames termNames;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    org.familyhub.search.index.ServiceIndex index;

    private VenueRecord venueBefore;
    private OrganisationRecord organisationBefore;

    @AfterEach
    void putBack() {
        SignedIn.out();
        if (venueBefore != null) {
            records.editVenue(MONKS_CENTRE, new VenueForm(venueBefore.name(), venueBefore.address1(),
                    venueBefore.address2(), venueBefore.town(), venueBefore.postcode(), venueBefore.accessibility(),
                    venueBefore.transport()));
        }
        if (organisationBefore != null) {
            records.editOrganisation(organisationBefore.id(), new OrganisationForm(organisationBefore.name(),
                    organisationBefore.description(), organisationBefore.email(), organisationBefore.website(),
                    organisationBefore.charityNumber(), organisationBefore.companyNumber()));
        }
        records.renameLocality("crewe-nantwich", "Crewe and Nantwich");
        if (!"crewe-nantwich".equals(records.postcodeAreas(null).stream().filter(a -> a.code().equals("CW1 4"))
                .findFirst().orElseThrow().localityCode())) {
            records.movePostcodeArea("CW1 4", "crewe-nantwich");
        }
        jdbc.sql("delete from postcode_area where code = 'CW1 9'").update();
        context.publishEvent(new ReferenceDataChanged("the sector added by a test taken away"));
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
    }

    @Test
    void aVenueMovedToAPostcodeInAnotherLocalityTakesItsServicesThereInSearchAndOpenReferral() throws Exception {
        venueBefore = records.venue(MONKS_CENTRE).orElseThrow();
        assertThat(venueBefore.localityName()).isEqualTo("Crewe and Nantwich");
        SignedIn.as(accounts, "editor");
        navigate(VenueView.class, MONKS_CENTRE.toString());
        assertThat(text("venue-locality")).isEqualTo("Locality from the postcode: Crewe and Nantwich");
        assertThat(PageText.of($(UnorderedList.class).id("venue-services"))).contains("Stay and Play");

        field("venue-postcode").setValue("CW4 7AB");
        assertThat(text("venue-locality")).as("shown before saving").isEqualTo("Locality from the postcode: Congleton");
        test($(Button.class).id("venue-save")).click();

        assertThat(PageText.of($(Feedback.class).single())).startsWith("Saved.");
        VenueRecord after = records.venue(MONKS_CENTRE).orElseThrow();
        assertThat(after.postcode()).isEqualTo("CW4 7AB");
        assertThat(after.localityName()).isEqualTo("Congleton");
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
        assertThat(api("/api/search?not_understood=place&q=monks%20coppenhall&locality=congleton")).contains(MONKS_STAY_AND_PLAY.toString());
        assertThat(api("/api/search?not_understood=place&q=monks%20coppenhall&locality=crewe-nantwich"))
                .doesNotContain(MONKS_STAY_AND_PLAY.toString());
        assertThat(api("/api/oruk/services/" + MONKS_STAY_AND_PLAY)).contains("CW4 7AB");
    }

    @Test
    void aPostcodeThatIsNotOneOrOutsideTheAreaIsRefusedNextToItsFieldAndNothingChanges() {
        venueBefore = records.venue(MONKS_CENTRE).orElseThrow();
        SignedIn.as(accounts, "editor");
        navigate(VenueView.class, MONKS_CENTRE.toString());
        field("venue-name").setValue("Monks Coppenhall Centre");
        field("venue-postcode").setValue("NOT A CODE");
        test($(Button.class).id("venue-save")).click();

        assertThat(field("venue-postcode").isInvalid()).isTrue();
        assertThat(field("venue-postcode").getErrorMessage()).isEqualTo("enter a full UK postcode, like CW1 2BJ.");
        assertThat(PageText.of($(Feedback.class).single())).contains("Please fix these and try again:");
        assertThat(records.venue(MONKS_CENTRE).orElseThrow()).isEqualTo(venueBefore);

        field("venue-postcode").setValue("SW1A 1AA");
        test($(Button.class).id("venue-save")).click();
        assertThat(field("venue-postcode").getErrorMessage()).startsWith("SW1A 1AA is not in the council's area");
        assertThat(records.venue(MONKS_CENTRE).orElseThrow()).isEqualTo(venueBefore);
    }

    @Test
    void aCharityNumberIsPublishedInOpenReferralAndTheSameNumberOnAnotherOrganisationIsRefusedNamingIt()
            throws Exception {
        UUID organisation = organisationOf(MONKS_STAY_AND_PLAY);
        UUID another = organisationOf(CONNEXIONS_CREWE);
        organisationBefore = records.organisation(organisation).orElseThrow();
        OrganisationRecord anotherBefore = records.organisation(another).orElseThrow();
        SignedIn.as(accounts, "editor");
        try {
            navigate(OrganisationView.class, organisation.toString());
            field("organisation-charity").setValue("12-34");
            test($(Button.class).id("organisation-save")).click();
            assertThat(field("organisation-charity").getErrorMessage())
                    .isEqualTo("enter the 6 or 7 digits the Charity Commission gives, like 1123456.");
            assertThat(records.organisation(organisation).orElseThrow()).isEqualTo(organisationBefore);

            field("organisation-charity").setValue("1123 456");
            field("organisation-company").setValue("1234567");
            test($(Button.class).id("organisation-save")).click();
            assertThat(PageText.of($(Feedback.class).single())).startsWith("Saved.");
            OrganisationRecord saved = records.organisation(organisation).orElseThrow();
            assertThat(saved.charityNumber()).isEqualTo("1123456");
            assertThat(saved.companyNumber()).as("written with the register's leading nought").isEqualTo("01234567");
            String published = api("/api/oruk/organizations/" + organisation);
            assertThat(published).contains("\"organization_identifiers\"", "\"identifier_scheme\":\"GB-CHC\"",
                    "\"identifier_type\":\"charity\"", "\"identifier\":\"1123456\"",
                    "\"identifier_scheme\":\"GB-COH\"", "\"identifier\":\"01234567\"");
            Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
            assertThat(api("/api/oruk/services/" + MONKS_STAY_AND_PLAY)).contains("\"identifier\":\"1123456\"");

            SignedIn.as(accounts, "editor"); // the API calls above were anonymous
            navigate(OrganisationView.class, another.toString());
            field("organisation-charity").setValue("1123456");
            test($(Button.class).id("organisation-save")).click();
            assertThat(field("organisation-charity").getErrorMessage()).isEqualTo(organisationBefore.name()
                    + " already has this number. If they are the same organisation, correct that record.");
            assertThat(records.organisation(another).orElseThrow()).isEqualTo(anotherBefore);
        } finally {
            records.editOrganisation(another, new OrganisationForm(anotherBefore.name(), anotherBefore.description(),
                    anotherBefore.email(), anotherBefore.website(), null, null));
        }
    }

    @Test
    void anOrganisationsNewNameShowsInSearchAndOpenReferralAndABadEmailOrWebsiteChangesNothing() throws Exception {
        UUID organisation = organisationOf(MONKS_STAY_AND_PLAY);
        organisationBefore = records.organisation(organisation).orElseThrow();
        SignedIn.as(accounts, "editor");
        navigate(OrganisationView.class, organisation.toString());
        field("organisation-name").setValue("Cheshire East Family Hubs");
        $(EmailField.class).id("organisation-email").setValue("not an address");
        field("organisation-website").setValue("javascript:alert(1)");
        test($(Button.class).id("organisation-save")).click();

        assertThat($(EmailField.class).id("organisation-email").getErrorMessage())
                .isEqualTo("enter an address like name@example.org.");
        assertThat(field("organisation-website").getErrorMessage())
                .isEqualTo("enter a full web address starting https:// or http://.");
        assertThat(records.organisation(organisation).orElseThrow()).isEqualTo(organisationBefore);

        $(EmailField.class).id("organisation-email").setValue("hubs@example.org");
        field("organisation-website").setValue("https://www.example.org/family-hubs");
        $(TextArea.class).id("organisation-description").setValue("<p>Family hubs <script>alert(1)</script></p>");
        test($(Button.class).id("organisation-save")).click();

        assertThat(PageText.of($(Feedback.class).single())).startsWith("Saved.");
        assertThat(records.organisation(organisation).orElseThrow().description()).doesNotContain("script");
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
        assertThat(api("/api/oruk/services/" + MONKS_STAY_AND_PLAY)).contains("Cheshire East Family Hubs");
        assertThat(api("/api/search?not_understood=place&q=monks%20coppenhall")).contains("Cheshire East Family Hubs");
    }

    @Test
    void aRenamedLocalityShowsInSearchResultsAndOpenReferral() throws Exception {
        SignedIn.as(accounts, "admin");
        navigate(LocalitiesView.class);
        TextField name = $(TextField.class).all().stream()
                .filter(f -> f.getLabel().equals("Name of Crewe and Nantwich")).findFirst().orElseThrow();
        name.setValue("Crewe, Nantwich and Villages");
        test($(Button.class).all().stream().filter(b -> "Rename: Crewe and Nantwich".equals(
                b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow()).click();

        assertThat(PageText.of($(Feedback.class).single()))
                .isEqualTo("Crewe and Nantwich is now called Crewe, Nantwich and Villages.");
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
        assertThat(api("/api/search?q=stay%20and%20play&locality=crewe-nantwich"))
                .contains("Crewe, Nantwich and Villages").doesNotContain("\"Crewe and Nantwich\"");
        assertThat(api("/api/oruk/services/" + MONKS_STAY_AND_PLAY)).contains("Crewe, Nantwich and Villages");
    }

    @Test
    void aNewTopicWithAPolishNameIsOfferedAtOnceAndAnUnusedOneIsRetired() {
        SignedIn.as(accounts, "admin");
        navigate(CategoriesView.class);
        field("topic-name").setValue("Forest school");
        field("topic-name-pl").setValue("Leśna szkoła");
        test($(Button.class).id("topic-save")).click();

        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("Forest school is saved.");
        assertThat(termNames.topics(java.util.Locale.forLanguageTag("pl"))).containsEntry("forest-school",
                "Leśna szkoła");
        assertThat(termNames.topics(java.util.Locale.UK)).containsEntry("forest-school", "Forest school");
        TopicRecord added = editing.topics().stream().filter(t -> t.code().equals("forest-school")).findFirst()
                .orElseThrow();
        assertThat(added.listedServices()).isZero();

        editing.retireTopic(added.id());
        assertThat(termNames.topics(java.util.Locale.UK)).doesNotContainKey("forest-school");
    }

    @Test
    void aTopicPublishedServicesUseIsNotRetiredAndTheCountSaysWhy() {
        SignedIn.as(accounts, "admin");
        TopicRecord stayAndPlay = editing.topics().stream().filter(t -> t.code().equals("stay-and-play"))
                .findFirst().orElseThrow();
        assertThat(stayAndPlay.listedServices()).isPositive();
        navigate(CategoriesView.class);
        test($(Button.class).all().stream().filter(b -> ("Retire: " + stayAndPlay.name()).equals(
                b.getElement().getAttribute("aria-label"))).findFirst().orElseThrow()).click();

        assertThat(PageText.of($(Feedback.class).single())).isEqualTo("This topic cannot be retired yet:"
                + stayAndPlay.name() + " is used by " + stayAndPlay.listedServices()
                + " published services; move them to another topic first.");
        assertThat(termNames.topics(java.util.Locale.UK)).containsKey("stay-and-play");
        assertThatThrownBy(() -> editing.addTopic(new TopicForm(" ", null, null, "no-such-topic")))
                .isInstanceOf(InvalidListingException.class)
                .hasMessageContaining("English name: required.").hasMessageContaining("Part of: choose a top-level topic.");
    }

    @Test
    void aPostcodeSectorMovedToAnotherLocalityTakesItsVenuesAndTheirServicesWithIt() throws Exception {
        SignedIn.as(accounts, "admin");
        navigate(LocalitiesView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ReferenceData.PostcodeAreaRecord> moving = $(ComboBox.class).id("area-moving");
        moving.setValue(moving.getListDataView().getItems().filter(a -> a.code().equals("CW1 4")).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<org.familyhub.directory.LocalitySummary> to = $(ComboBox.class).id("area-moving-to");
        to.setValue(to.getListDataView().getItems().filter(l -> l.code().equals("congleton")).findFirst()
                .orElseThrow());
        test($(Button.class).id("area-move")).click();

        assertThat(PageText.of($(Feedback.class).single()))
                .isEqualTo("CW1 4 is now in Congleton; its venues have moved with it.");
        assertThat(records.venue(MONKS_CENTRE).orElseThrow().localityName()).isEqualTo("Congleton");
        Outbox.awaitDelivered(jdbc, Duration.ofSeconds(90));
        assertThat(api("/api/search?not_understood=place&q=monks%20coppenhall&locality=congleton")).contains(MONKS_STAY_AND_PLAY.toString());
    }

    @Test
    void aNewPostcodeSectorNeedsAShapeALocalityAndACentreAndIsThenUsed() {
        SignedIn.as(accounts, "admin");
        assertThatThrownBy(() -> editing.addPostcodeArea("CW1 99", "nowhere", null, 0.0))
                .isInstanceOf(InvalidListingException.class)
                .hasMessageContaining("Postcode area: enter a district like CW13 or a sector like CW1 9.")
                .hasMessageContaining("Locality: choose one of the council's localities.")
                .hasMessageContaining("Latitude:");
        assertThat(records.postcodeAreas(null)).noneMatch(a -> a.code().startsWith("CW1 9"));

        editing.addPostcodeArea("cw1  9", "congleton", 53.11, -2.44);
        assertThat(records.localityOf("CW1 9ZZ")).contains("Congleton");
        assertThat(records.localityOf("CW1 4RL")).contains("Crewe and Nantwich");
    }

    @Test
    void theOrganisationsArePagedTwentyAtATimeInTheDatabase() {
        SignedIn.as(accounts, "editor");
        navigate(OrganisationsView.class);
        List<String> first = names();
        assertThat(first).hasSize(20);
        assertThat(texts()).anyMatch(t -> t.matches("\\d+ found"));
        test($(Button.class).withText("Next page").single()).click();
        List<String> second = names();
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(PageText.of($(RecordPager.class).single())).contains("Page 2 of");

        field("organisation-search").setValue("connexions");
        test($(Button.class).withText("Find").single()).click();
        assertThat(names()).isNotEmpty().allMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("connexions"));
    }

    @Test
    void eachRoleMayChangeOnlyWhatItsRowAllows() {
        UUID providersOwn = organisationOf(CONNEXIONS_CREWE);
        UUID another = organisationOf(MONKS_STAY_AND_PLAY);
        assertThat(providersOwn).isNotEqualTo(another);
        SignedIn.as(accounts, "provider");
        assertThat(editing.organisation(providersOwn)).isPresent();
        assertThatThrownBy(() -> editing.organisation(another)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> editing.organisations("", 1)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> editing.venue(MONKS_CENTRE)).isInstanceOf(NotPermittedException.class);
        SignedIn.as(accounts, "editor");
        assertThatThrownBy(() -> editing.renameLocality("congleton", "Elsewhere"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> editing.addTopic(new TopicForm("Anything", null, null, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> editing.movePostcodeArea("CW4", "congleton"))
                .isInstanceOf(NotPermittedException.class);
        SignedIn.as(accounts, "manager");
        assertThatThrownBy(() -> editing.venues("", 1)).isInstanceOf(NotPermittedException.class);
        assertThat(records.localities()).extracting(l -> l.name()).contains("Congleton");
    }

    private UUID organisationOf(UUID service) {
        return UUID.fromString(jdbc.sql("select organization_id from service where id = ?").param(service.toString())
                .query(String.class).single());
    }

    /** The outbox has written the documents; the search engine shows them from its next refresh (within 1 s). */
    private String api(String path) throws Exception {
        index.refresh();
        MockHttpServletResponse response = SecuredMvc.of(context).perform(get(java.net.URI.create(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private TextField field(String id) {
        return $(TextField.class).id(id);
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private List<String> names() {
        return $(UnorderedList.class).id("organisation-list").getChildren()
                .map(item -> PageText.of(item)).toList();
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }

    @SuppressWarnings("unused")
    private static Set<Class<?>> used() {
        return Set.of(Anchor.class, ComboBox.class);
    }
}
