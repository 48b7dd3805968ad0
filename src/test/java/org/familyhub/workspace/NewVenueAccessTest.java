package org.familyhub.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.VenueLookup;
import org.familyhub.directory.content.ServiceDocumentJson;
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
 * A venue typed into a listing in the workspace is given its accessibility and directions with the venue screen's
 * fields (#15): once published, the service page shows them and the ORUK document carries them in the shape a
 * content venue does. A venue chosen from the directory in the same listing is left exactly as the directory had it.
 */
@PortalTest
@ViewPackages(packages = {"org.familyhub.workspace.ui", "org.familyhub.portal.ui"})
class NewVenueAccessTest extends SpringBrowserlessTest {

    /** A content venue with accessibility features and directions that no other test changes. */
    private static final String UNDERWOOD_WEST = "77ad0d52-72b2-5505-9c26-c4358f2542ae";

    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingWorkflow workflow;
    @Autowired
    VenueLookup venueLookup;
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    final List<UUID> created = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        SignedIn.out();
        WorkspaceFixture.remove(created, jdbc, transactions, events);
    }

    @Test
    void aNewVenueGivenStepFreeAccessAndAHearingLoopShowsThemOnTheServicePageAndInOruk() throws Exception {
        var mvc = SecuredMvc.of(context);
        JsonNode content = contentVenue(mvc);
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(WorkspaceFixture.CONNEXIONS);
        created.add(draft.serviceId());
        navigate("workspace/drafts/" + draft.id(), Component.class);
        $(TextField.class).all().stream().filter(f -> "Name".equals(f.getLabel())).findFirst().orElseThrow()
                .setValue("Numbat Baby Signing");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> topics = $(MultiSelectComboBox.class).all().stream()
                .filter(f -> "Topics".equals(f.getLabel())).findFirst().orElseThrow();
        test(topics).selectItem("Stay and play");

        test(button("Add a new venue")).click();
        Div venue = $(Div.class).withClassName("listing-venue").single();
        within(venue, TextField.class, "Venue name").setValue("Numbat Community Room");
        within(venue, TextField.class, "Venue street address").setValue("2 High Street");
        within(venue, TextField.class, "Town").setValue("Crewe");
        within(venue, TextField.class, "Postcode").setValue("CW1 2AB");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> features = within(venue, CheckboxGroup.class, "Accessibility");
        assertThat(features.getListDataView().getItems().toList()).contains("wheelchair-access", "hearing-loop");
        assertThat(features.getItemLabelGenerator().apply("hearing-loop")).isEqualTo("Hearing loop");
        features.setValue(Set.of("wheelchair-access", "hearing-loop"));
        within(venue, TextArea.class, "How to get there").setValue("Bus 6 stops outside. Step-free side door.");

        // A venue already in the directory, chosen: publishing the listing must leave it as the directory has it
        @SuppressWarnings("unchecked")
        ComboBox<VenueLookup.VenueChoice> find = $(ComboBox.class).all().stream()
                .filter(c -> "Add a venue already in the directory".equals(c.getLabel())).findFirst().orElseThrow();
        VenueLookup.VenueChoice underwood = venueLookup.find("Underwood West", 0, 1).getFirst();
        var finder = test(find);
        finder.setFilter("Underwood West");
        finder.selectItem(underwood.label());

        test(button("Publish")).click();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Published. It will be searchable within seconds.");
        UUID id = draft.serviceId();

        navigate("services/" + id, Component.class);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Numbat Community Room", "Wheelchair access", "Hearing loop",
                "Bus 6 stops outside. Step-free side door.");

        JsonNode made = oruk(mvc, id);
        assertThat(made.path("service_at_locations")).hasSize(2);
        JsonNode location = venueIn(made, "name", "Numbat Community Room");
        List<String> described = new ArrayList<>();
        location.path("accessibility").forEach(a -> described.add(a.path("description").asString()));
        assertThat(described).containsExactlyInAnyOrder("Wheelchair access", "Hearing loop");
        assertThat(JsonShape.paths(location.path("accessibility"))).isEqualTo(JsonShape.paths(content.path("accessibility")));
        assertThat(location.path("transportation").asString()).isEqualTo("Bus 6 stops outside. Step-free side door.");

        assertThat(withoutLinkIds(contentVenue(mvc))).as("the chosen venue, as the directory had it")
                .isEqualTo(withoutLinkIds(content));
        assertThat(withoutLinkIds(venueIn(made, "id", UNDERWOOD_WEST))).isEqualTo(withoutLinkIds(content));
    }

    private JsonNode contentVenue(org.springframework.test.web.servlet.MockMvc mvc) throws Exception {
        JsonNode venue = venueIn(oruk(mvc, UUID.fromString(serviceAt(UNDERWOOD_WEST))), "id", UNDERWOOD_WEST);
        assertThat(venue.path("accessibility")).isNotEmpty();
        return venue;
    }

    /** The venue without its taxonomy links' own ids, which a write derives afresh: what it says, not its keys. */
    private static JsonNode withoutLinkIds(JsonNode venue) {
        JsonNode copy = venue.deepCopy();
        copy.path("attributes").forEach(a -> ((tools.jackson.databind.node.ObjectNode) a).remove("id"));
        return copy;
    }

    /** The venue of the service's document whose field has the value: venues come in no set order. */
    private static JsonNode venueIn(JsonNode service, String field, String value) {
        for (JsonNode at : service.path("service_at_locations")) {
            if (value.equals(at.path("location").path(field).asString())) {
                return at.path("location");
            }
        }
        throw new AssertionError("no venue with " + field + " " + value + " in " + service);
    }

    private String serviceAt(String locationId) {
        return jdbc.sql("select service_id from service_at_location where location_id = ? limit 1")
                .param(locationId).query(String.class).single();
    }

    private JsonNode oruk(org.springframework.test.web.servlet.MockMvc mvc, UUID id) throws Exception {
        String body = mvc.perform(get("/api/oruk/services/" + id)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return ServiceDocumentJson.JSON.readTree(body);
    }

    private <T extends Component & HasLabel> T within(Component in, Class<T> type, String label) {
        return $(type, in).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
