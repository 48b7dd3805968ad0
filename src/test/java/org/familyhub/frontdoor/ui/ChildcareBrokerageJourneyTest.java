package org.familyhub.frontdoor.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.ContactMethod;
import org.familyhub.frontdoor.FundedHours;
import org.familyhub.frontdoor.RequestKind;
import org.familyhub.frontdoor.RequestStatus;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brokerage through its views: from the childcare topic's page a parent asks the Family Information
 * Service to find childcare; the request lands in the service's inbox as received, with what was asked.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class ChildcareBrokerageJourneyTest extends SpringBrowserlessTest {

    @Autowired
    UserAccounts users;
    @Autowired
    HelpRequestRepository requests;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aParentAsksForChildcareAndTheRequestLandsInTheFamilyInformationServicesInbox() {
        UI.getCurrent().navigate("categories/childcare-and-early-education");
        Anchor link = $(Anchor.class).withText("Ask us to find childcare").single();
        assertThat(link.getHref()).isEqualTo("childcare/help");

        UI.getCurrent().navigate(link.getHref());
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass())).isEqualTo(ChildcareHelpView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Ask us to find childcare",
                "If a child is in immediate danger, call 999.");
        test($(TextField.class).withLabel("Your name").single()).setValue("Jo Parent");
        test($(IntegerField.class).withLabel("Your child's age, in years").single()).setValue(1);
        test($(IntegerField.class).withLabel("And months (optional)").single()).setValue(6);
        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> days = $(CheckboxGroup.class).withLabel("Which days do you need childcare?").single();
        days.setValue(Set.of(DayOfWeek.TUESDAY));
        $(TimePicker.class).withLabel("From (24-hour clock)").single().setValue(LocalTime.of(8, 0));
        $(TimePicker.class).withLabel("Until (24-hour clock)").single().setValue(LocalTime.of(17, 30));
        radio("Do you want to use funded hours?").setValue(FundedHours.WORKING_PARENT);
        test($(TextField.class).withLabel("Your postcode").single()).setValue("CW1 3AB");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ContactMethod> methods = $(CheckboxGroup.class).withLabel("How may we contact you?").single();
        methods.setValue(Set.of(ContactMethod.PHONE));
        test($(TextField.class).withLabel("Phone number").single()).setValue("07700 900456");
        radio("Is it safe for us to leave a message?").setValue(Boolean.TRUE);
        radio("May we share what you told us with childcare providers who may have a place?").setValue(Boolean.TRUE);
        test($(Button.class).withText("Send my request").single()).click();

        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("We have your request for childcare",
                "Someone from the Family Information Service will contact you by");
        int at = text.indexOf("Your reference is ") + "Your reference is ".length();
        String reference = text.substring(at, at + 12);
        var stored = requests.findByReference(reference).orElseThrow();
        assertThat(stored.getKind()).isEqualTo(RequestKind.CHILDCARE_BROKERAGE);
        assertThat(stored.getStatus()).isEqualTo(RequestStatus.RECEIVED);

        SignedIn.as(users, "editor");
        assertThat(navigate(InboxView.class).getElement().getTextRecursively()).contains(reference,
                "Received", "Asked us to find childcare", "Crewe and Nantwich", "Family Information Service")
                .doesNotContain("crewe-nantwich");
        String request = navigate(RequestView.class, stored.getId().toString()).getElement().getTextRecursively();
        assertThat(request).contains("Jo Parent", "1 year 6 months", "Tuesday", "08:00 to 17:30",
                "Hours for working parents, from 9 months old", "07700 900456");
        test($(Button.class).withText("Accept").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Accepted");

        SignedIn.as(users, "frontdoor");
        assertThat(navigate(InboxView.class).getElement().getTextRecursively()).doesNotContain(reference);
    }

    @Test
    void aFormWithMistakesSaysWhatToFixAndStoresNothing() {
        long before = requests.count();
        UI.getCurrent().navigate("childcare/help");
        test($(TextField.class).withLabel("Your name").single()).setValue("Jo Parent");
        test($(IntegerField.class).withLabel("Your child's age, in years").single()).setValue(3);
        $(TimePicker.class).withLabel("From (24-hour clock)").single().setValue(LocalTime.of(13, 0));
        $(TimePicker.class).withLabel("Until (24-hour clock)").single().setValue(LocalTime.of(9, 0));
        test($(TextArea.class).withLabel("Anything else we should know, like when you need it to start (optional)")
                .single()).setValue("<b>soon</b>");
        test($(Button.class).withText("Send my request").single()).click();

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("There is a problem",
                "Choose at least one day.", "The end time must be after the start time.",
                "Please remove the < and > signs.");
        assertThat($(TimePicker.class).withLabel("Until (24-hour clock)").single().isInvalid()).isTrue();
        assertThat($(TextField.class).withLabel("Your name").single().getValue()).isEqualTo("Jo Parent");
        assertThat(requests.count()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(String label) {
        return $(RadioButtonGroup.class).withLabel(label).single();
    }
}
