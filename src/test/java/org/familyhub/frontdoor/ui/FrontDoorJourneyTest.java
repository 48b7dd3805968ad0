package org.familyhub.frontdoor.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.directory.ServiceCard;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.Inbox;
import org.familyhub.frontdoor.RequestSummary;
import org.familyhub.frontdoor.Urgency;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door end to end through its views: a family asks for help, the front door for their
 * locality flags a concern and passes it on, the provider accepts, and the family is not contacted; a
 * professional's referral is declined with a reason they then see.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class FrontDoorJourneyTest extends SpringBrowserlessTest {

    private static final String CONNEXIONS_CREWE = "0f9577b5-7755-563e-8932-04372ac57b4f";

    @Autowired
    UserAccounts users;
    @Autowired
    Clock clock;
    @Autowired
    Mailbox mailbox;
    @Autowired
    Inbox inbox;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aFamilysRequestReachesTheirFrontDoorIsFlaggedPassedOnAndAcceptedAndTheFamilyIsToldNothingUnasked() {
        String email = "journey-" + UUID.randomUUID() + "@example.org";
        String reference = askForHelp(email);

        assertThat(mailbox.to(email)).extracting(SentEmail::subject).containsExactly(
                "We have your request for help: " + reference);

        SignedIn.as(users, "frontdoor-north");
        assertThat(navigate(InboxView.class).getElement().getTextRecursively()).doesNotContain(reference);

        SignedIn.as(users, "frontdoor");
        assertThat(navigate(InboxView.class).getElement().getTextRecursively()).contains(reference);
        UUID id = idOf(reference);
        RequestView request = navigate(RequestView.class, id.toString());
        assertThat(request.getElement().getTextRecursively()).contains("Sam Parent", "Bedtimes are a battle",
                "CW1 3AB", "Connexions Crewe");
        test($(TextArea.class).withLabel("What is the concern?").single()).setValue("Dad mentioned shouting at night");
        test($(Button.class).withText("Flag a safeguarding concern").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).startsWith("Back to the inbox")
                .contains("Safeguarding concern", "Act on this first");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceCard> services = $(ComboBox.class).withLabel("Service").single();
        services.setValue(services.getListDataView().getItems()
                .filter(card -> card.id().toString().equals(CONNEXIONS_CREWE)).findFirst().orElseThrow());
        test($(Button.class).withText("Pass to a service").single()).click();

        SignedIn.as(users, "provider");
        assertThat(navigate(InboxView.class).getElement().getTextRecursively()).contains(reference, "Safeguarding concern");
        navigate(RequestView.class, id.toString());
        test($(Button.class).withText("Accept").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Accepted");

        // Flagged as a safeguarding concern: the family hears nothing more unless the front door decides to.
        assertThat(mailbox.to(email)).extracting(SentEmail::subject).containsExactly(
                "We have your request for help: " + reference);
    }

    @Test
    void aMistakeKeepsTheFamilyOnTheStepWithAMessageAndBackLosesNothing() {
        navigate(AskForHelpView.class);
        continueOn();
        assertThat($(TextField.class).withLabel("Your name").single().isInvalid()).isTrue();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("There is a problem", "Please fill this in.");

        test($(TextField.class).withLabel("Your name").single()).setValue("Robin");
        continueOn();
        test($(Button.class).withText("Back").single()).click();

        assertThat($(TextField.class).withLabel("Your name").single().getValue()).isEqualTo("Robin");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Step 1 of 6",
                "If a child is in immediate danger, call 999.");
    }

    @Test
    void aProfessionalsReferralIsDeclinedWithAReasonTheProfessionalThenSees() {
        SignedIn.as(users, "professional");
        open("refer", ReferView.class);
        test($(Checkbox.class).withCaptionContaining("The family agreed").single()).click();
        test($(TextField.class).withLabel("Who gave consent (name and relationship)").single()).setValue("Kim Carer (mother)");
        $(DatePicker.class).withLabel("Date consent was given").single().setValue(LocalDate.now(clock));
        test($(TextField.class).withLabel("Name of the parent or carer").single()).setValue("Kim Carer");
        test($(IntegerField.class).withLabel("Age of child 1, in years").single()).setValue(16);
        test($(TextField.class).withLabel("The family's postcode").single()).setValue("CW1 3AB");
        test($(TextField.class).withLabel("The family's phone number").single()).setValue("07700 900123");
        test($(TextArea.class).withLabel("Reason for the referral").single()).setValue("Left college, wants an apprenticeship.");
        radio("How soon does the family need help?").setValue(Urgency.SOON);
        radio("Level of need, as you judge it").setValue(LevelOfNeed.ADDITIONAL);
        test($(Button.class).withText("Send the referral").single()).click();
        String sent = $(Paragraph.class).withTextContaining("Referral FH-").single().getText();
        String reference = sent.substring(sent.indexOf("FH-"), sent.indexOf("FH-") + 12);

        UUID id = idOf(reference);
        SignedIn.as(users, "provider");
        navigate(RequestView.class, id.toString());
        test($(TextArea.class).withLabel("Reason (the referrer will see this)").single())
                .setValue("We only see young people up to 19 who live in Crewe; this family is in Nantwich.");
        test($(Button.class).withText("Decline").single()).click();

        SignedIn.as(users, "professional");
        String mine = navigate(MyReferralsView.class).getElement().getTextRecursively();
        assertThat(mine).contains(reference, "Declined", "Reason: We only see young people up to 19");
        assertThat(mailbox.to("provider@demo.familyhub.invalid")).extracting(SentEmail::subject)
                .contains("New referral for Connexions Crewe (careers and advice): " + reference);
        assertThat(mailbox.to("professional@demo.familyhub.invalid")).extracting(SentEmail::body)
                .anyMatch(body -> body.contains("Request " + reference + " is now: declined.")
                        && body.contains("The reason given: We only see young people up to 19"));
    }

    private String askForHelp(String email) {
        open("ask-for-help", AskForHelpView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("You are asking about: Connexions Crewe");
        test($(TextField.class).withLabel("Your name").single()).setValue("Sam Parent");
        continueOn();
        test($(IntegerField.class).withLabel("Age of child 1, in years").single()).setValue(4);
        continueOn();
        test($(TextArea.class).withLabel("In your own words, what would help your family?").single())
                .setValue("Bedtimes are a battle and I would like some ideas.");
        continueOn();
        test($(TextField.class).withLabel("Your postcode").single()).setValue("CW1 3AB");
        continueOn();
        @SuppressWarnings("unchecked")
        CheckboxGroup<ContactMethod> methods = $(CheckboxGroup.class).withLabel("How may we contact you?").single();
        methods.setValue(Set.of(ContactMethod.EMAIL, ContactMethod.PHONE));
        test($(TextField.class).withLabel("E-mail address").single()).setValue(email);
        test($(TextField.class).withLabel("Phone number").single()).setValue("01270 123456");
        radio("Is it safe for us to leave a message?").setValue(Boolean.TRUE);
        continueOn();
        radio("May we share what you told us with the services that can help?").setValue(Boolean.TRUE);
        test($(Button.class).withText("Send my request").single()).click();

        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("We have your request", "What happens next", "will contact you by");
        int at = text.indexOf("Your reference is ") + "Your reference is ".length();
        return text.substring(at, at + 12);
    }

    /** Opens the view as started from Connexions Crewe's service page ({@code ?service=<id>}). */
    private void open(String route, Class<?> view) {
        UI.getCurrent().navigate(route, QueryParameters.of("service", CONNEXIONS_CREWE));
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass())).isEqualTo(view);
    }

    private void continueOn() {
        test($(Button.class).withText("Continue").single()).click();
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(String label) {
        return $(RadioButtonGroup.class).withLabel(label).single();
    }

    /** Looks the request up as the Crewe front door, which leaves the test signed in as them. */
    private UUID idOf(String reference) {
        SignedIn.as(users, "frontdoor");
        UUID id = inbox.list().stream().filter(r -> r.reference().equals(reference)).map(RequestSummary::id)
                .findFirst().orElseThrow();
        return id;
    }
}
