package org.familyhub.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.PortalTest;
import org.familyhub.SecuredMvc;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.ServiceStatus;
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
 * The listing form's own fields through Vaadin's {@code Binder} and the directory's value objects: each mistake is
 * shown beside its field and listed with the sections' own, nothing is saved while any is left; the status is shown
 * in words; a contact's own phone reaches the ORUK API as HSDS nests it.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub.workspace.ui")
class ListingFormBinderTest extends SpringBrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    ListingWorkflow workflow;
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
    void aBadEmailPhoneOrWebAddressIsExplainedBesideItsFieldAndNothingIsSaved() {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(WorkspaceFixture.CONNEXIONS);
        created.add(draft.serviceId());
        navigate("workspace/drafts/" + draft.id(), Component.class);
        field("Name").setValue("Numbat Stay and Play");
        field("E-mail").setValue("numbat.example.org");
        field("Phone").setValue("1/12/2026");
        field("Web page (https://…)").setValue("javascript:alert(1)");
        test(button("Add a contact")).click();
        Div contact = $(Div.class).withClassName("listing-contact").single();
        within(contact, "Role or team").setValue("Bookings");
        within(contact, "Phone for this role (optional)").setValue("call us");

        test(button("Save draft")).click();

        assertWrong(field("E-mail"), "Give an e-mail address like bookings@example.org.");
        assertWrong(field("Phone"), "Give a UK phone number, like 01270 000 010.");
        assertWrong(field("Web page (https://…)"),
                "Give a web address starting https:// or http://, like https://example.org/club.");
        assertWrong(within(contact, "Phone for this role (optional)"), "Give a UK phone number, like 01270 000 010.");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Please fix these and try again:");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains(
                "E-mail: Give an e-mail address like bookings@example.org.",
                "Phone: Give a UK phone number, like 01270 000 010.");
        assertThat(workflow.draft(draft.id()).name()).as("nothing saved").isEmpty();

        field("E-mail").setValue("numbat@example.org");
        field("Phone").setValue(" +44 1270   123456 ");
        field("Web page (https://…)").setValue("https://example.org/numbat");
        test(button("Save draft")).click();
        assertThat(workflow.draft(draft.id()).name()).as("still nothing: the contact's phone is wrong").isEmpty();

        within(contact, "Phone for this role (optional)").setValue("01270 000 099");
        test(button("Save draft")).click();
        ListingForm saved = workflow.draft(draft.id()).form();
        assertThat(saved.email()).isEqualTo("numbat@example.org");
        assertThat(saved.phone()).as("as typed, spacing tidied").isEqualTo("+44 1270 123456");
        assertThat(saved.url()).isEqualTo("https://example.org/numbat");
        assertThat(field("E-mail").isInvalid()).isFalse();
    }

    @Test
    void theStatusIsChosenInWordsAndSavedAsItsCode() {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(WorkspaceFixture.CONNEXIONS);
        created.add(draft.serviceId());
        navigate("workspace/drafts/" + draft.id(), Component.class);
        @SuppressWarnings("unchecked")
        Select<ServiceStatus> status = $(Select.class).all().stream().filter(s -> "Status".equals(s.getLabel()))
                .findFirst().orElseThrow();

        assertThat(List.of(ServiceStatus.values())).extracting(status.getItemLabelGenerator()::apply)
                .containsExactly("Running", "Temporarily closed", "Not running at present", "Closed for good");
        assertThat(status.getValue()).isEqualTo(ServiceStatus.ACTIVE);
        field("Name").setValue("Numbat Club");
        test(status).selectItem("Temporarily closed");
        test(button("Save draft")).click();

        assertThat(workflow.draft(draft.id()).form().status()).isEqualTo("temporarily closed");
    }

    @Test
    void aContactsOwnPhoneIsPublishedAsHsdsNestsItAndReadBackIntoTheForm() throws Exception {
        SignedIn.as(accounts, "editor");
        Draft draft = workflow.propose(WorkspaceFixture.CONNEXIONS);
        created.add(draft.serviceId());
        navigate("workspace/drafts/" + draft.id(), Component.class);
        field("Name").setValue("Numbat Messy Play");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> topics = $(MultiSelectComboBox.class).all().stream()
                .filter(f -> "Topics".equals(f.getLabel())).findFirst().orElseThrow();
        test(topics).selectItem("Stay and play");
        test(button("Add a contact")).click();
        Div contact = $(Div.class).withClassName("listing-contact").single();
        within(contact, "Role or team").setValue("Bookings");
        within(contact, "Phone for this role (optional)").setValue("01270  000 099");
        test(button("Publish")).click();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Published. It will be searchable within seconds.");

        String body = SecuredMvc.of(context).perform(get("/api/oruk/services/" + draft.serviceId())).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode published = ServiceDocumentJson.JSON.readTree(body);
        JsonNode phones = published.path("contacts").path(0).path("phones");
        assertThat(phones).hasSize(1);
        assertThat(phones.get(0).path("number").asString()).isEqualTo("01270 000 099");
        assertThat(phones.get(0).path("type").asString()).isEqualTo("voice");
        assertThat(published.path("phones")).as("not one of the service's phones").isEmpty();

        SignedIn.as(accounts, "editor");
        Draft again = workflow.edit(draft.serviceId());
        navigate("workspace/drafts/" + again.id(), Component.class);
        Div shown = $(Div.class).withClassName("listing-contact").single();
        assertThat(within(shown, "Phone for this role (optional)").getValue()).isEqualTo("01270 000 099");
    }

    private static void assertWrong(TextField field, String message) {
        assertThat(field.isInvalid()).as(field.getLabel()).isTrue();
        assertThat(field.getErrorMessage()).as(field.getLabel()).isEqualTo(message);
    }

    private TextField within(Component in, String label) {
        return $(TextField.class, in).all().stream().filter(f -> label.equals(((HasLabel) f).getLabel())).findFirst()
                .orElseThrow();
    }

    private TextField field(String label) {
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }
}
