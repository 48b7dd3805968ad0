package org.familyhub.workspace;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.Directory;
import org.familyhub.directory.TermChoices;
import org.familyhub.directory.Timetable;
import org.familyhub.directory.VenueLookup;
import org.familyhub.directory.content.HsdsDocuments;
import org.familyhub.directory.content.ServiceDocumentJson;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchService;
import org.familyhub.search.index.ServiceIndex;
import org.familyhub.workspace.listing.ListingVenuesTest;
import org.familyhub.workspace.ui.listing.ContactsSection;
import org.familyhub.workspace.ui.listing.CostSection;
import org.familyhub.workspace.ui.listing.LanguagesSection;
import org.familyhub.workspace.ui.listing.ListingSection;
import org.familyhub.workspace.ui.listing.TermsSection;
import org.familyhub.workspace.ui.listing.VenuesSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The listing editor's sections on the real portal: a content listing read into them and applied back is
 * unchanged; a listing made entirely in the editor (topic, level, two venues, a fortnightly term-time session) is,
 * once published, found under its topic and level filters, meets when it should, and has the ORUK shape of a
 * content-loaded listing.
 */
@PortalTest
@ViewPackages(packages = { "org.familyhub.workspace.ui", "org.familyhub.portal.ui" })
class ListingEditorTest extends SpringBrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    Directory directory;
    @Autowired
    TermChoices termChoices;
    @Autowired
    VenueLookup venueLookup;
    @Autowired
    Timetable timetable;
    @Autowired
    SearchService search;
    @Autowired
    ServiceIndex index;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    java.time.Clock clock;

    final List<UUID> created = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        SignedIn.out();
        WorkspaceFixture.remove(created, jdbc, transactions, events);
    }

    @Test
    void contentListingsReadIntoTheSectionsAndAppliedBackAreUnchanged() throws Exception {
        SignedIn.as(accounts, "editor");
        List<HsdsDocuments.Service> listings = ListingVenuesTest.contentListings();
        for (int i = 0; i < listings.size(); i += 7) {
            HsdsDocuments.Service listing = listings.get(i);
            for (ListingSection section : List.of(new TermsSection(termChoices),
                    new VenuesSection(venueLookup, termChoices, clock), new CostSection(), new LanguagesSection(),
                    new ContactsSection())) {
                section.read(listing);
                assertThat((Object) ServiceDocumentJson.JSON.valueToTree(section.applyTo(listing)))
                        .as(listing.name() + " in " + section.getClass().getSimpleName())
                        .isEqualTo(ServiceDocumentJson.JSON.valueToTree(listing));
            }
        }
        TermsSection terms = new TermsSection(termChoices);
        assertThat(terms.offered()).extracting(TermChoices.TermChoice::name).contains("Stay and play", "Universal")
                .doesNotContain("stay-and-play");
    }

    @Test
    void venuesAreFoundByNameOrPostcodeAPageAtATime() {
        assertThat(venueLookup.find("cw2 6qq", 0, 10)).extracting(VenueLookup.VenueChoice::name)
                .contains("Sunflower Day Nursery");
        assertThat(venueLookup.find("sunflower", 0, 10)).isNotEmpty();
        assertThat(venueLookup.find("e", 0, 3)).as("two letters at least").isEmpty();
        assertThat(venueLookup.find("re", 0, 3)).hasSize(3);
        assertThat(venueLookup.find("re", 0, 500)).as("never more than a page").hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void aListingMadeInTheEditorIsFoundFilteredTimedAndShapedLikeContent() throws Exception {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(WorkspaceFixture.CONNEXIONS);
        created.add(draft.serviceId());
        navigate("workspace/drafts/" + draft.id(), Component.class);

        field("Name").setValue("Quokka Rhyme Time");
        test(multi("Topics")).selectItem("Stay and play");
        test(group("Level of need")).selectItem("Universal");
        test(group("How it is given")).selectItem("In person");

        // A new venue, typed in, with a fortnightly term-time session whose first date is in the holidays
        test(button("Add a new venue")).click();
        Div first = venue(0);
        within(first, TextField.class, "Venue name").setValue("Quokka Community Hall");
        within(first, TextField.class, "Venue street address").setValue("1 High Street");
        within(first, TextField.class, "Town").setValue("Crewe");
        within(first, TextField.class, "Postcode").setValue("cw1 2ab");
        test($(Button.class, first).withCaption("Add a session").single()).click();
        fill(first, "Every other week", DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 30), true,
                LocalDate.of(2026, 12, 22), LocalDate.of(2027, 7, 23));

        // A venue already in the directory, chosen by its postcode
        @SuppressWarnings("unchecked")
        ComboBox<VenueLookup.VenueChoice> find = $(ComboBox.class).all().stream()
                .filter(c -> "Add a venue already in the directory".equals(c.getLabel())).findFirst().orElseThrow();
        VenueLookup.VenueChoice sunflower = venueLookup.find("CW2 6QQ", 0, 1).getFirst();
        var finder = test(find);
        finder.setFilter("cw2 6qq");
        assertThat(finder.getSuggestions()).contains(sunflower.label());
        finder.selectItem(sunflower.label());
        assertThat($(Div.class).withClassName("listing-venue").all()).hasSize(2);

        // A bad postcode is refused beside its field, and nothing is saved
        within(first, TextField.class, "Postcode").setValue("CW1");
        test(button("Save draft")).click();
        assertThat(within(first, TextField.class, "Postcode").isInvalid()).isTrue();
        assertThat(within(first, TextField.class, "Postcode").getErrorMessage())
                .isEqualTo("Give a full UK postcode, like CW1 3AB.");
        assertThat(workflow.draft(draft.id()).name()).isEmpty();
        within(first, TextField.class, "Postcode").setValue("CW1 2AB");

        test(button("Publish")).click();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Published. It will be searchable within seconds.");
        UUID id = draft.serviceId();

        WorkspaceFixture.awaitIndex(index, () -> found(SearchQuery.forText("quokka rhyme").category("stay-and-play")
                .level("1").size(50).build(), id));
        assertThat(found(SearchQuery.forText("quokka rhyme").category("antenatal").size(50).build(), id)).isFalse();
        assertThat(found(SearchQuery.forText("quokka rhyme").level("4").size(50).build(), id)).isFalse();
        assertThat(timetable.nextSession(id).orElseThrow().date()).as("the holidays skipped, the fortnight kept")
                .isEqualTo(LocalDate.of(2027, 1, 5));

        var mvc = SecuredMvc.of(context);
        JsonNode made = oruk(mvc, id);
        JsonNode content = oruk(mvc, serviceWith("Every other Thursday, 5pm to 7pm, term time only"));
        assertThat(JsonShape.paths(made.path("attributes"))).isEqualTo(JsonShape.paths(content.path("attributes")));
        assertThat(JsonShape.paths(schedule(made, "Every other Tuesday, 10:00 to 11:30, term time only")))
                .isEqualTo(JsonShape.paths(schedule(content, "Every other Thursday, 5pm to 7pm, term time only")));
        assertThat(made.path("service_at_locations")).hasSize(2);
        assertThat(schedule(made, "Every other Tuesday, 10:00 to 11:30, term time only").path("interval").asInt())
                .isEqualTo(2);
    }

    @Test
    void aPriceAndAFreeListingMadeInTheEditorReadAsContentOnesAndBadValuesAreRefusedBesideTheirFields()
            throws Exception {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(WorkspaceFixture.CONNEXIONS);
        created.add(draft.serviceId());
        navigate("workspace/drafts/" + draft.id(), Component.class);
        field("Name").setValue("Wallaby Messy Play");
        test(multi("Topics")).selectItem("Stay and play");

        test(button("Add a price")).click();
        Div price = $(Div.class).withClassName("listing-price").single();
        within(price, TextField.class, "What the price is for").setValue("Entry");
        BigDecimalField amount = within(price, BigDecimalField.class, "Amount in pounds");
        amount.setValue(new java.math.BigDecimal("2.505"));
        within(price, TextField.class, "Per").setValue("per session");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = $(ComboBox.class).all().stream()
                .filter(c -> "Add a language".equals(c.getLabel())).findFirst().orElseThrow();
        test(language).selectItem("Polish");
        test(button("Add a contact")).click();
        Div contact = $(Div.class).withClassName("listing-contact").single();
        within(contact, TextField.class, "Role or team").setValue("Bookings");
        TextField email = within(contact, TextField.class, "Contact e-mail");
        email.setValue("bookings.example.org");
        test(button("Add a phone number")).click();
        Div phone = $(Div.class).withClassName("listing-phone").single();
        TextField number = within(phone, TextField.class, "Other phone number");
        number.setValue("0300 000");
        within(phone, TextField.class, "Who answers").setValue("Bookings");

        test(button("Save draft")).click();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage())
                .isEqualTo("Give the amount in pounds and pence, from 0 to 9999.99, like 2.50.");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Give an e-mail address like bookings@example.org.");
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("Give a UK phone number, like 01270 000 010.");
        assertThat(workflow.draft(draft.id()).name()).as("nothing saved").isEmpty();

        amount.setValue(new java.math.BigDecimal("2.50"));
        email.setValue("bookings@example.org");
        number.setValue("0300 000 099");
        test(button("Publish")).click();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Published. It will be searchable within seconds.");
        UUID priced = draft.serviceId();

        Draft second = workflow.propose(WorkspaceFixture.CONNEXIONS);
        created.add(second.serviceId());
        navigate("workspace/drafts/" + second.id(), Component.class);
        field("Name").setValue("Wallaby Free Play");
        test(multi("Topics")).selectItem("Stay and play");
        $(com.vaadin.flow.component.checkbox.Checkbox.class).withCaption("Free for families").single().setValue(true);
        test(button("Publish")).click();
        UUID free = second.serviceId();

        WorkspaceFixture.awaitIndex(index, () -> found(SearchQuery.forText("wallaby").size(50).build(), priced)
                && found(SearchQuery.forText("wallaby").size(50).build(), free));
        UUID contentFree = ListingVenuesTest.contentListings().stream()
                .filter(s -> "Free".equals(s.feesDescription())).map(s -> UUID.fromString(s.id())).findFirst()
                .orElseThrow();
        assertThat(directory.service(free).orElseThrow().cost())
                .isEqualTo(directory.service(contentFree).orElseThrow().cost());
        assertThat(directory.service(priced).orElseThrow().cost())
                .isEqualTo(new org.familyhub.directory.Cost(false, List.of("£2.50 per session"), null));
        assertThat(hit(SearchQuery.forText("wallaby").size(50).build(), priced).cost())
                .isEqualTo(directory.service(priced).orElseThrow().cost());
        assertThat(found(SearchQuery.forText("wallaby").freeOnly(true).size(50).build(), free)).isTrue();
        assertThat(found(SearchQuery.forText("wallaby").freeOnly(true).size(50).build(), priced)).isFalse();
        assertThat(found(SearchQuery.forText("wallaby").maxCost(new java.math.BigDecimal("2.50")).size(50).build(),
                priced)).isTrue();
        assertThat(found(SearchQuery.forText("wallaby").maxCost(new java.math.BigDecimal("2")).size(50).build(),
                priced)).isFalse();
        assertThat(found(SearchQuery.forText("wallaby").language("pl").size(50).build(), priced)).isTrue();

        var mvc = SecuredMvc.of(context);
        JsonNode made = oruk(mvc, priced);
        JsonNode content = oruk(mvc, contentFree);
        assertThat(JsonShape.paths(made.path("cost_options"))).isEqualTo(JsonShape.paths(content.path("cost_options")));
        assertThat(JsonShape.paths(made.path("languages"))).isEqualTo(JsonShape.paths(content.path("languages")));
        assertThat(made.path("cost_options").get(0).path("amount_description").asString())
                .isEqualTo("£2.50 per session");
        assertThat(made.path("contacts").get(0).path("title").asString()).isEqualTo("Bookings");
        assertThat(made.path("phones")).hasSize(1);
    }

    @Test
    void aLastThursdaySessionWithADateOffSkipsItOnThePublicPageAndSaysItInTheOpenReferralDocument()
            throws Exception {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(WorkspaceFixture.CONNEXIONS);
        created.add(draft.serviceId());
        navigate("workspace/drafts/" + draft.id(), Component.class);
        field("Name").setValue("Numbat Dads Group");
        test(multi("Topics")).selectItem("Stay and play");
        test(button("Add a new venue")).click();
        Div hall = venue(0);
        within(hall, TextField.class, "Venue name").setValue("Numbat Hall");
        within(hall, TextField.class, "Venue street address").setValue("2 High Street");
        within(hall, TextField.class, "Town").setValue("Crewe");
        within(hall, TextField.class, "Postcode").setValue("CW1 2AB");
        test($(Button.class, hall).withCaption("Add a session").single()).click();
        Div session = $(Div.class, hall).withClassName("listing-session").single();
        test(select(session, "How often")).selectItem("Once a month");
        test(select(session, "Which week of the month")).selectItem("Last"); // shown once monthly
        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> days = $(CheckboxGroup.class, session).single();
        days.setValue(Set.of(DayOfWeek.THURSDAY));
        $(TimePicker.class, session).withCaption("Starts (24-hour)").single().setValue(LocalTime.of(10, 0));
        $(TimePicker.class, session).withCaption("Ends (24-hour)").single().setValue(LocalTime.of(11, 30));
        // the last Thursday of December 2026 is New Year's Eve: the hall is shut
        DatePicker dayOff = $(DatePicker.class, session).withCaption("A date it does not meet (optional)").single();
        dayOff.setValue(LocalDate.of(2026, 12, 31));
        test($(Button.class, session).withCaption("Add this date").single()).click();
        dayOff.setValue(LocalDate.of(2027, 2, 25));
        test($(Button.class, session).withCaption("Add this date").single()).click();
        assertThat(org.familyhub.PageText.of(session)).contains("Not on 31 December 2026", "Not on 25 February 2027");
        test($(Button.class, session).all().stream()
                .filter(b -> "Remove 25 February 2027".equals(b.getElement().getAttribute("aria-label")))
                .findFirst().orElseThrow()).click();
        assertThat(org.familyhub.PageText.of(session)).doesNotContain("25 February 2027");

        test(button("Publish")).click();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Published. It will be searchable within seconds.");
        UUID id = draft.serviceId();
        assertThat(timetable.nextSession(id).orElseThrow().date()).as("31 December skipped")
                .isEqualTo(LocalDate.of(2027, 1, 28));

        Component servicePage = navigate("services/" + id, Component.class);
        String page = org.familyhub.PageText.of(servicePage);
        assertThat(page).contains("Last Thursday of each month", "Not on 31 December 2026", "Thursday 28 January")
                .doesNotContain("Thursday 31 December");

        JsonNode made = oruk(SecuredMvc.of(context), id);
        JsonNode schedule = schedule(made, "Last Thursday of each month, 10:00 to 11:30");
        assertThat(schedule.path("byday").asString()).isEqualTo("-1TH");
        assertThat(schedule.path("notes").asString()).isEqualTo("Not on 31 December 2026.");
        assertThat(made.toString()).as("no field of the portal's own in the standard's document")
                .doesNotContain("except_dates");
    }

    private org.familyhub.search.SearchResults.Hit hit(SearchQuery query, UUID id) {
        return search.search(query).hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private boolean found(SearchQuery query, UUID id) {
        return search.search(query).hits().stream().anyMatch(hit -> hit.id().equals(id));
    }

    private void fill(Div venue, String often, DayOfWeek day, LocalTime opens, LocalTime closes, boolean termTime,
            LocalDate from, LocalDate to) {
        Div session = $(Div.class, venue).withClassName("listing-session").all().getLast();
        @SuppressWarnings("unchecked")
        Select<Object> frequency = $(Select.class, session).all().stream()
                .filter(s -> "How often".equals(s.getLabel())).findFirst().orElseThrow();
        test(frequency).selectItem(often);
        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> days = $(CheckboxGroup.class, session).single();
        days.setValue(Set.of(day));
        $(TimePicker.class, session).withCaption("Starts (24-hour)").single().setValue(opens);
        $(TimePicker.class, session).withCaption("Ends (24-hour)").single().setValue(closes);
        $(Checkbox.class, session).withCaption("Term time only (not in school holidays)").single().setValue(termTime);
        $(DatePicker.class, session).withCaption("First date").single().setValue(from);
        $(DatePicker.class, session).withCaption("Last date (leave empty if it carries on)").single().setValue(to);
    }

    @SuppressWarnings("unchecked")
    private Select<Object> select(Div in, String label) {
        return $(Select.class, in).all().stream().filter(s -> label.equals(s.getLabel())).findFirst().orElseThrow();
    }

    private JsonNode oruk(org.springframework.test.web.servlet.MockMvc mvc, UUID id) throws Exception {
        String body = mvc.perform(get("/api/oruk/services/" + id)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return ServiceDocumentJson.JSON.readTree(body);
    }

    private static UUID serviceWith(String words) throws Exception {
        return ListingVenuesTest.contentListings().stream().filter(s -> HsdsDocuments.list(s.serviceAtLocations())
                .stream().flatMap(at -> HsdsDocuments.list(at.schedules()).stream())
                .anyMatch(sc -> words.equals(sc.description()))).map(s -> UUID.fromString(s.id())).findFirst()
                .orElseThrow();
    }

    private static JsonNode schedule(JsonNode service, String words) {
        for (JsonNode at : service.path("service_at_locations")) {
            for (JsonNode s : at.path("schedules")) {
                if (words.equals(s.path("description").asString())) {
                    return s;
                }
            }
        }
        throw new AssertionError("no schedule " + words + " in " + service);
    }

    private Div venue(int n) {
        return $(Div.class).withClassName("listing-venue").all().get(n);
    }

    private <T extends Component & com.vaadin.flow.component.HasLabel> T within(Component in, Class<T> type,
            String label) {
        return $(type, in).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    private TextField field(String label) {
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Object> multi(String label) {
        return $(MultiSelectComboBox.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Object> group(String label) {
        return $(CheckboxGroup.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst()
                .orElseThrow();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
