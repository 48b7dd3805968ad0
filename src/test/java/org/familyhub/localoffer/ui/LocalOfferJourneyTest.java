package org.familyhub.localoffer.ui;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.feedback.CommentToScreen;
import org.familyhub.feedback.Moderation;
import org.familyhub.localoffer.LocalOfferArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Local Offer through its pages: a parent browses it and reads a service's answers; a provider answers
 * for their service in the workspace; a family's comment is screened, answered and published.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class LocalOfferJourneyTest extends SpringBrowserlessTest {

    private static final String HOLIDAY_CLUB = "aa8272a1-fe9a-51e8-a3fd-b7ae5f6fb967";
    private static final String CONNEXIONS_CREWE = "0f9577b5-7755-563e-8932-04372ac57b4f";

    @Autowired
    UserAccounts users;
    @Autowired
    Moderation moderation;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aParentBrowsesTheLocalOfferAndReadsAServicesAnswers() {
        UI.getCurrent().navigate("local-offer");
        String home = getCurrentView().getElement().getTextRecursively();
        assertThat(home).contains("SEND Local Offer", "from birth to 25", "Education", "Health", "Social care",
                "Preparing for adulthood", "You said, we did");
        assertThat($(Anchor.class).withText("Services for young people aged 19 to 25").single().getHref())
                .isEqualTo("search?send=send-suitable&send=send-specialist&age=19");

        UI.getCurrent().navigate($(Anchor.class).withText("Social care").first().getHref());
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass())).isEqualTo(LocalOfferAreaView.class);
        Anchor club = $(Anchor.class).withText("Holiday Club for Disabled Children (Crewe)").single();
        assertThat(club.getHref()).isEqualTo("services/" + HOLIDAY_CLUB + "#local-offer");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Who it is for: Disabled children");

        UI.getCurrent().navigate("services/" + HOLIDAY_CLUB);
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("SEND Local Offer", "How does it support children and young people with SEND?",
                "Every child has a plan made with their family.", "What training do staff have?",
                "How do we get started?", "Last updated on ");
        assertThat(page).doesNotContain("Last updated on null");

        UI.getCurrent().navigate("local-offer/areas/not-an-area");
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass())).isNotEqualTo(LocalOfferAreaView.class);
    }

    @Test
    void aProviderAnswersTheQuestionsForTheirServiceAndMistakesChangeNothing() {
        SignedIn.as(users, "provider");
        UI.getCurrent().navigate("workspace/local-offer/" + CONNEXIONS_CREWE);
        String before = saved();
        area().setValue(java.util.Set.of());
        text("Who is the service for?").setValue("");
        text("How accessible is it?").setValue("<b>Step-free</b>");
        test($(Button.class).withText("Save the answers").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("There is a problem",
                "Choose at least one area.", "Please fill this in.", "Please remove the < and > signs.");
        assertThat(text("How accessible is it?").isInvalid()).isTrue();
        assertThat(saved()).isEqualTo(before);

        area().setValue(java.util.Set.of(LocalOfferArea.PREPARING_FOR_ADULTHOOD));
        text("Who is the service for?").setValue("Young people aged 13 to 19, and up to 25 with SEND.");
        text("How does it support children and young people with SEND?").setValue("Longer appointments.");
        text("How accessible is it?").setValue("Step-free, with a quiet room.");
        text("How do we get started?").setValue("Drop in on a weekday.");
        test($(Button.class).withText("Save the answers").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Saved. Last updated");

        SignedIn.out();
        UI.getCurrent().navigate("services/" + CONNEXIONS_CREWE);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Step-free, with a quiet room.",
                "Longer appointments.");

        SignedIn.as(users, "provider");
        UI.getCurrent().navigate("workspace/local-offer/4f6e2379-c5e0-5b2b-9db8-9224e024ceef");
        assertThat(ClassUtils.getUserClass(getCurrentView().getClass())).isNotEqualTo(LocalOfferEditView.class);
    }

    @Test
    void aFamilysCommentIsScreenedAnsweredAndPublished() {
        String comment = "Please list the SEND transport rules " + UUID.randomUUID();
        UI.getCurrent().navigate("local-offer");
        UI.getCurrent().navigate($(Anchor.class).withText("Tell us about the Local Offer").single().getHref());
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Tell us about the Local Offer");
        test($(TextArea.class).withLabel("What would you like to tell us?").single()).setValue(comment);
        test($(Button.class).withText("Send").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Thank you");

        SignedIn.as(users, "editor");
        UI.getCurrent().navigate("workspace/local-offer/comments");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain(comment);
        long answer = moderation.pending().stream().filter(c -> c.text().equals(comment))
                .map(CommentToScreen::answerId).findFirst().orElseThrow();
        moderation.approve(answer);

        UI.getCurrent().navigate("workspace/local-offer/comments");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(comment);
        int number = numberOf(comment);
        test($(Button.class).withText("Publish comment " + number + " with the response").single()).click();
        assertThat($(TextArea.class).withLabel("What we did about comment " + number).single().isInvalid()).isTrue();
        test($(TextArea.class).withLabel("What we did about comment " + number).single())
                .setValue("We added the transport policy to the Education page.");
        test($(Button.class).withText("Publish comment " + number + " with the response").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Published on the")
                .doesNotContain(comment);

        SignedIn.out();
        UI.getCurrent().navigate("local-offer/you-said-we-did");
        String said = getCurrentView().getElement().getTextRecursively();
        assertThat(said).contains(comment, "We added the transport policy to the Education page.", "You said",
                "We did");
        assertThat(said.indexOf(comment)).as("newest first").isLessThan(said.indexOf("It was hard to find out"));
    }

    private int numberOf(String comment) {
        String text = getCurrentView().getElement().getTextRecursively();
        int at = text.indexOf(comment);
        String before = text.substring(0, at);
        int heading = before.lastIndexOf("Comment ");
        return Integer.parseInt(before.substring(heading + 8, before.indexOf(',', heading)));
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<LocalOfferArea> area() {
        return $(CheckboxGroup.class).withLabel("Areas of the Local Offer this service belongs to").single();
    }

    private TextArea text(String label) {
        return $(TextArea.class).withLabel(label).single();
    }

    private String saved() {
        return String.valueOf(jdbc.sql("select concat_ws('|', who_for, accessibility, updated_at) from "
                + "local_offer_answer where service_id = ?").param(CONNEXIONS_CREWE).query(String.class).optional()
                .orElse("none"));
    }
}
