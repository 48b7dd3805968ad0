package org.familyhub.localoffer;

import java.util.EnumMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Local Offer questions as a service: a provider answers for their own organisation's services only, bad
 * input changes nothing, and published services' answers are read by area, paged in the database.
 */
@PortalTest
class LocalOfferTest {

    /** Run by Connexions Cheshire East, the demo provider's organisation. */
    static final UUID CONNEXIONS_CREWE = UUID.fromString("0f9577b5-7755-563e-8932-04372ac57b4f");
    /** Run by another organisation. */
    static final UUID WOMENS_AID_CREWE = UUID.fromString("4f6e2379-c5e0-5b2b-9db8-9224e024ceef");
    /** SENDIASS, with sample Local Offer answers. */
    static final UUID SENDIASS = UUID.fromString("5d422850-10a0-5b3f-9542-12e5f71a7aa1");

    @Autowired
    LocalOffer localOffer;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.familyhub.search.SearchService search;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    static AnswersForm form(String whoFor) {
        Map<LocalOfferQuestion, String> answers = new EnumMap<>(LocalOfferQuestion.class);
        answers.put(LocalOfferQuestion.WHO_FOR, whoFor);
        answers.put(LocalOfferQuestion.SEND_SUPPORT, "Advisers adapt every meeting.\n\nWe can meet at home.");
        answers.put(LocalOfferQuestion.GETTING_STARTED, "Phone us.");
        answers.put(LocalOfferQuestion.NEXT_STAGE, "We help with college applications.");
        return new AnswersForm(Set.of(LocalOfferArea.PREPARING_FOR_ADULTHOOD, LocalOfferArea.EDUCATION), answers);
    }

    @Test
    void aProviderAnswersForTheirServiceAndFamiliesReadItAtOnce() {
        SignedIn.as(users, "provider");
        ServiceAnswers saved = localOffer.save(CONNEXIONS_CREWE, form("Young people aged 13 to 25 with SEND."));
        SignedIn.out();

        ServiceAnswers shown = localOffer.published(CONNEXIONS_CREWE).orElseThrow();
        assertThat(shown.answers()).containsEntry(LocalOfferQuestion.WHO_FOR, "Young people aged 13 to 25 with SEND.")
                .containsEntry(LocalOfferQuestion.SEND_SUPPORT, "Advisers adapt every meeting.\n\nWe can meet at home.")
                .doesNotContainKey(LocalOfferQuestion.STAFF_TRAINING);
        assertThat(shown.answers().keySet()).containsExactly(LocalOfferQuestion.WHO_FOR,
                LocalOfferQuestion.SEND_SUPPORT, LocalOfferQuestion.GETTING_STARTED, LocalOfferQuestion.NEXT_STAGE);
        assertThat(shown.updatedAt()).isEqualTo(saved.updatedAt());
        assertThat(shown.serviceName()).isEqualTo("Connexions Crewe (careers and advice)");
        AreaPage adulthood = localOffer.inArea(LocalOfferArea.PREPARING_FOR_ADULTHOOD, 1, 100);
        assertThat(adulthood.services()).extracting(AreaPage.Entry::serviceId).contains(CONNEXIONS_CREWE, SENDIASS);
        assertThat(localOffer.inArea(LocalOfferArea.HEALTH, 1, 100).services()).extracting(AreaPage.Entry::serviceId)
                .doesNotContain(CONNEXIONS_CREWE);

        // Saving again replaces the answers and the areas.
        SignedIn.as(users, "editor");
        Map<LocalOfferQuestion, String> fewer = new EnumMap<>(LocalOfferQuestion.class);
        fewer.put(LocalOfferQuestion.WHO_FOR, "Young people aged 16 to 25.");
        fewer.put(LocalOfferQuestion.SEND_SUPPORT, "Adapted meetings.");
        fewer.put(LocalOfferQuestion.GETTING_STARTED, "Phone us.");
        localOffer.save(CONNEXIONS_CREWE, new AnswersForm(Set.of(LocalOfferArea.HEALTH), fewer));
        assertThat(localOffer.published(CONNEXIONS_CREWE).orElseThrow().answers())
                .doesNotContainKey(LocalOfferQuestion.NEXT_STAGE);
        assertThat(localOffer.inArea(LocalOfferArea.PREPARING_FOR_ADULTHOOD, 1, 100).services())
                .extracting(AreaPage.Entry::serviceId).doesNotContain(CONNEXIONS_CREWE);
        assertThat(localOffer.inArea(LocalOfferArea.HEALTH, 1, 100).services())
                .extracting(AreaPage.Entry::serviceId).contains(CONNEXIONS_CREWE);
    }

    @Test
    void onlyTheServicesProviderOrAnEditorMayAnswer() {
        SignedIn.as(users, "provider");
        assertThatThrownBy(() -> localOffer.save(WOMENS_AID_CREWE, form("Anyone")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> localOffer.forEditing(WOMENS_AID_CREWE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> localOffer.forEditing(UUID.randomUUID())).isInstanceOf(NoSuchElementException.class);
        SignedIn.as(users, "manager");
        assertThatThrownBy(() -> localOffer.save(CONNEXIONS_CREWE, form("Anyone")))
                .isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "frontdoor");
        assertThatThrownBy(() -> localOffer.forEditing(CONNEXIONS_CREWE)).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> localOffer.save(CONNEXIONS_CREWE, form("Anyone")))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThat(localOffer.published(WOMENS_AID_CREWE)).isEmpty();
    }

    @Test
    void badInputGetsAMessagePerFieldAndChangesNothing() {
        SignedIn.as(users, "editor");
        String before = snapshot(SENDIASS);
        Map<LocalOfferQuestion, String> bad = new EnumMap<>(LocalOfferQuestion.class);
        bad.put(LocalOfferQuestion.WHO_FOR, "  ");
        bad.put(LocalOfferQuestion.SEND_SUPPORT, "x".repeat(2001));
        bad.put(LocalOfferQuestion.GETTING_STARTED, "<script>alert(1)</script>");
        bad.put(LocalOfferQuestion.ACCESSIBILITY, "Step-free <b>access</b>");

        assertThatThrownBy(() -> localOffer.save(SENDIASS, new AnswersForm(Set.of(), bad)))
                .isInstanceOfSatisfying(InvalidLocalOfferException.class, invalid -> assertThat(invalid.errors())
                        .containsEntry("areas", "localoffer.error.areas")
                        .containsEntry("who-for", "localoffer.error.required")
                        .containsEntry("send-support", "localoffer.error.tooLong")
                        .containsEntry("getting-started", "localoffer.error.markup")
                        .containsEntry("accessibility", "localoffer.error.markup")
                        .doesNotContainKey("staff-training"));
        assertThat(snapshot(SENDIASS)).isEqualTo(before);
    }

    @Test
    void theSampleContentAnswersAHandfulOfSendServices() {
        assertThat(localOffer.published(SENDIASS).orElseThrow().answers()).containsKey(LocalOfferQuestion.SEND_SUPPORT);
        assertThat(localOffer.countsByArea()).allSatisfy((area, count) -> assertThat(count).isPositive());
        assertThat(localOffer.inArea(LocalOfferArea.SOCIAL_CARE, 1, 100).services())
                .extracting(AreaPage.Entry::name).contains("Crewe Autism Family Support Group");
    }

    @Test
    void anAreaIsPagedByName() {
        AreaPage first = localOffer.inArea(LocalOfferArea.SOCIAL_CARE, 1, 1);
        AreaPage second = localOffer.inArea(LocalOfferArea.SOCIAL_CARE, 2, 1);
        AreaPage beyond = localOffer.inArea(LocalOfferArea.SOCIAL_CARE, 999, 1);

        assertThat(first.total()).isGreaterThanOrEqualTo(2);
        assertThat(first.services()).hasSize(1);
        assertThat(first.services().getFirst().name()).isLessThan(second.services().getFirst().name());
        assertThat(beyond.page()).isEqualTo(first.pages());
    }

    /** The Local Offer is for ages 0 to 25: the search's SEND filter with an age of 22 finds services up to 25. */
    @Test
    void theSearchFindsSendServicesForAYoungAdult() {
        var results = search.search(org.familyhub.search.SearchQuery.forText("").send("send-suitable", "send-specialist")
                .age(22).size(50).build());

        assertThat(results.hits()).extracting(hit -> hit.id()).contains(SENDIASS)
                .doesNotContain(UUID.fromString("b45ad79e-6860-567d-8e9e-24cf186ab2a0"));
        assertThat(results.hits()).allSatisfy(hit -> {
            assertThat(hit.maximumAge() == null || hit.maximumAge() >= 22).as("%s takes 22-year-olds", hit.name())
                    .isTrue();
            assertThat(hit.minimumAge() == null || hit.minimumAge() <= 22).as("%s takes 22-year-olds", hit.name())
                    .isTrue();
        });
    }

    private String snapshot(UUID service) {
        return jdbc.sql("select concat_ws('|', who_for, send_support, getting_started, accessibility, updated_at) "
                + "from local_offer_answer where service_id = ?").param(service.toString()).query(String.class).single()
                + jdbc.sql("select group_concat(area order by area) from local_offer_area where service_id = ?")
                .param(service.toString()).query(String.class).single();
    }
}
