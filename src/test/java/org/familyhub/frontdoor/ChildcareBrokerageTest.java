package org.familyhub.frontdoor;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.mail.Mailbox;
import org.familyhub.mail.SentEmail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Brokerage (#19): "I can't find childcare" is a front-door request held by the Family Information Service
 * (the editors), with the front door's statuses, audit, safeguarding handling and retention.
 */
@PortalTest
class ChildcareBrokerageTest {

    private static final String SCRIPT = "<script>alert('hi')</script>";

    @Autowired
    FrontDoor frontDoor;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccounts users;
    @Autowired
    HelpRequestRepository requests;
    @Autowired
    Mailbox mailbox;
    @Autowired
    RetentionPurge purge;
    @Autowired
    FrontDoorProperties properties;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    static ChildcareRequest valid(String email) {
        return new ChildcareRequest("Jo Parent", 2, 6, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 0), LocalTime.of(13, 30), FundedHours.EXTENDED_30, "Uses a few signs (Makaton)",
                "From January if possible", SampleRequests.CREWE_POSTCODE, Set.of(ContactMethod.EMAIL), email, null,
                null, true, true, null);
    }

    @Test
    void aFamilyWhoAskedInPolishGetsTheirConfirmationInPolish() {
        String email = family();
        Submitted submitted = frontDoor.askForChildcare(valid(email), client(), java.util.Locale.forLanguageTag("pl"));

        String day = submitted.respondBy().format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                java.util.Locale.forLanguageTag("pl")));
        assertThat(mailbox.to(email)).extracting(SentEmail::subject)
                .containsExactly("Otrzymaliśmy Twoją prośbę o pomoc: " + submitted.reference());
        assertThat(mailbox.to(email).getFirst().body()).contains("Twój numer referencyjny to " + submitted.reference(),
                "ktoś z zespołu Family Information Service skontaktuje się z Tobą do " + day, "zadzwoń pod 999")
                .doesNotContain("Thank you", "If a child");

        SignedIn.as(users, "editor");
        inbox.accept(idOf(submitted));
        assertThat(mailbox.to(email)).filteredOn(mail -> mail.subject().startsWith("Nowe informacje o Twojej prośbie"))
                .singleElement().satisfies(update -> assertThat(update.body())
                        .contains("Status prośby " + submitted.reference() + ": przyjęta do realizacji.",
                                "Jeśli martwisz się o dziecko")
                        .doesNotContain("Request", "accepted"));
    }

    @Test
    void aRequestToFindChildcareIsInTheFamilyInformationServicesInboxAsReceived() {
        String email = family();
        Submitted submitted = frontDoor.askForChildcare(valid(email), client());

        SignedIn.as(users, "editor");
        RequestSummary line = inbox.list().stream().filter(r -> r.reference().equals(submitted.reference()))
                .findFirst().orElseThrow();
        assertThat(line.kind()).isEqualTo(RequestKind.CHILDCARE_BROKERAGE);
        assertThat(line.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(line.team()).isEqualTo(FrontDoor.FAMILY_INFORMATION_SERVICE);
        assertThat(line.localityCode()).isEqualTo("crewe-nantwich");
        RequestDetails details = inbox.open(line.id());
        assertThat(details.childcare()).isEqualTo(new ChildcareNeed(30, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 0), LocalTime.of(13, 30), FundedHours.EXTENDED_30, "Uses a few signs (Makaton)"));
        assertThat(details.familyName()).isEqualTo("Jo Parent");
        assertThat(details.helpWanted()).isEqualTo("From January if possible");
        assertThat(details.history()).extracting(RequestDetails.AuditEntry::action).containsExactly("SUBMITTED", "VIEWED");
        assertThat(submitted.respondBy()).isAfter(java.time.LocalDate.now(clock));

        // The statuses and timers of the front door: the Family Information Service accepts, allocates, closes.
        inbox.accept(line.id());
        inbox.allocate(line.id(), "Pat Broker");
        RequestDetails closed = inbox.close(line.id(), Outcome.HELPED, "Place found at a Crewe childminder");
        assertThat(closed.summary().status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(closed.timeToFirstResponse()).isNotNull();
        assertThat(closed.timeToAllocation()).isNotNull();

        assertThat(mailbox.to(email)).extracting(SentEmail::subject)
                .contains("We have your request for help: " + submitted.reference());
        assertThat(mailbox.to(email)).extracting(SentEmail::body)
                .anyMatch(body -> body.contains("someone from the Family Information Service will contact you"));
    }

    @Test
    void onlyTheFamilyInformationServiceSeesItUntilItIsASafeguardingConcern() {
        UUID id = idOf(frontDoor.askForChildcare(valid(family()), client()));

        SignedIn.as(users, "frontdoor");
        assertThat(inbox.list()).extracting(RequestSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> inbox.open(id)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "provider");
        assertThat(inbox.list()).extracting(RequestSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> inbox.accept(id)).isInstanceOf(AccessDeniedException.class);
        SignedIn.as(users, "manager");
        assertThatThrownBy(() -> inbox.list()).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(users, "editor");
        inbox.flagSafeguarding(id, "Mum said she is frightened to go home");

        // Flagged: the front door for the family's locality sees it too, first in its inbox.
        SignedIn.as(users, "frontdoor");
        assertThat(inbox.list().getFirst().safeguarding()).isTrue();
        assertThat(inbox.list()).extracting(RequestSummary::id).contains(id);
        assertThat(inbox.open(id).safeguardingNote()).isEqualTo("Mum said she is frightened to go home");
        SignedIn.as(users, "frontdoor-north");
        assertThatThrownBy(() -> inbox.open(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theFamilyInformationServiceDoesNotSeeOtherRequests() {
        UUID selfReferral = idOf(frontDoor.submit(SampleRequests.selfReferral(family()), client()));

        SignedIn.as(users, "editor");
        assertThat(inbox.list()).extracting(RequestSummary::id).doesNotContain(selfReferral);
        assertThatThrownBy(() -> inbox.open(selfReferral)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSafeguardingFlagStopsEveryMessageToTheFamily() {
        String email = family();
        UUID id = idOf(frontDoor.askForChildcare(valid(email), client()));
        SignedIn.as(users, "editor");
        inbox.flagSafeguarding(id, "Worried about the home");
        inbox.accept(id);

        assertThat(mailbox.to(email)).extracting(SentEmail::subject).noneMatch(s -> s.startsWith("Update on request"));
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                bad("name", "empty", f -> with(f, "name", " "), "frontdoor.error.required"),
                bad("name", "script", f -> with(f, "name", SCRIPT), "frontdoor.error.markup"),
                bad("childYears", "missing", f -> with(f, "childYears", null), "frontdoor.error.required"),
                bad("childYears", "negative", f -> with(f, "childYears", -1), "frontdoor.error.childcareAge"),
                bad("childYears", "too old for childcare", f -> with(f, "childYears", 18), "frontdoor.error.childcareAge"),
                bad("childMonths", "twelve", f -> with(f, "childMonths", 12), "frontdoor.error.months"),
                bad("days", "none", f -> with(f, "days", Set.of()), "frontdoor.error.days"),
                bad("from", "missing", f -> with(f, "from", null), "frontdoor.error.required"),
                bad("to", "missing", f -> with(f, "to", null), "frontdoor.error.required"),
                bad("to", "before the start", f -> with(f, "to", LocalTime.of(7, 0)), "frontdoor.error.timesOrder"),
                bad("to", "same as the start", f -> with(f, "to", LocalTime.of(8, 0)), "frontdoor.error.timesOrder"),
                bad("fundedHours", "unanswered", f -> with(f, "fundedHours", null), "frontdoor.error.choose"),
                bad("sendNeeds", "too long", f -> with(f, "sendNeeds", "x".repeat(501)), "frontdoor.error.tooLong"),
                bad("sendNeeds", "script", f -> with(f, "sendNeeds", SCRIPT), "frontdoor.error.markup"),
                bad("anythingElse", "too long", f -> with(f, "anythingElse", "x".repeat(2001)), "frontdoor.error.tooLong"),
                bad("postcode", "empty", f -> with(f, "postcode", ""), "frontdoor.error.required"),
                bad("postcode", "not a postcode", f -> with(f, "postcode", "CREWE"), "frontdoor.error.postcode"),
                bad("postcode", "outside the area", f -> with(f, "postcode", "M1 1AE"), "frontdoor.error.outsideArea"),
                bad("contactMethods", "none", f -> with(f, "contactMethods", Set.of()), "frontdoor.error.contactMethod"),
                bad("email", "wrong format", f -> with(f, "email", "jo.example.org"), "frontdoor.error.email"),
                bad("phone", "missing when phone chosen", f -> with(f, "contactMethods", Set.of(ContactMethod.PHONE)),
                        "frontdoor.error.required"),
                bad("safeToLeaveMessage", "unanswered", f -> with(f, "safeToLeaveMessage", null), "frontdoor.error.choose"),
                bad("consentToShare", "unanswered", f -> with(f, "consentToShare", null), "frontdoor.error.choose"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badFields")
    void aBadFieldGetsItsOwnMessageAndNothingIsStored(String field, String problem,
            UnaryOperator<ChildcareRequest> spoil, String messageKey) {
        long before = requests.count();
        ChildcareRequest form = spoil.apply(valid(family()));

        assertThatThrownBy(() -> frontDoor.askForChildcare(form, client()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        invalid -> assertThat(invalid.errors()).containsEntry(field, messageKey));
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void everyMessageKeyHasEnglishAndPolishText() {
        badFields().map(arguments -> (String) arguments.get()[3]).distinct().forEach(key -> {
            assertThat(java.util.ResourceBundle.getBundle("vaadin-i18n/frontdoor", java.util.Locale.ROOT).getString(key))
                    .isNotBlank();
            assertThat(java.util.ResourceBundle.getBundle("vaadin-i18n/frontdoor", java.util.Locale.forLanguageTag("pl"))
                    .getString(key)).isNotBlank();
        });
    }

    @Test
    void aRobotFillingTheHiddenFieldIsRefusedAndNothingIsStored() {
        long before = requests.count();
        ChildcareRequest robot = with(valid(family()), "website", "http://spam.example");

        assertThatThrownBy(() -> frontDoor.askForChildcare(robot, client()))
                .isInstanceOf(SubmissionRefusedException.class);
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void afterTheRetentionPeriodTheFamilyAndTheChildAreForgottenButTheDemandStays() {
        UUID id = idOf(frontDoor.askForChildcare(valid(family()), client()));
        SignedIn.as(users, "editor");
        inbox.accept(id);
        inbox.close(id, Outcome.HELPED, "Place found for Jo's daughter");
        SignedIn.out();
        Instant afterRetention = clock.instant().plus(properties.retention()).plus(Duration.ofDays(1));

        purge.purge(afterRetention);

        transactions.executeWithoutResult(status -> {
            HelpRequest gone = requests.findById(id).orElseThrow();
            assertThat(gone.getFamilyName()).isNull();
            assertThat(gone.getFamilyEmail()).isNull();
            assertThat(gone.getPostcode()).isNull();
            assertThat(gone.getHelpWanted()).isNull();
            assertThat(gone.getOutcomeNote()).isNull();
            assertThat(gone.getChildren()).isEmpty();
            assertThat(gone.getPurgedAt()).isNotNull();
            ChildcareNeed demand = gone.childcareNeed().orElseThrow();
            assertThat(demand.childAgeMonths()).isNull();
            assertThat(demand.sendNeeds()).isNull();
            assertThat(demand.days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            assertThat(demand.fundedHours()).isEqualTo(FundedHours.EXTENDED_30);
            assertThat(gone.getKind()).isEqualTo(RequestKind.CHILDCARE_BROKERAGE);
            assertThat(gone.getOutcome()).isEqualTo(Outcome.HELPED);
        });
    }

    private static Arguments bad(String field, String problem, UnaryOperator<ChildcareRequest> spoil, String key) {
        return arguments(field, problem, spoil, key);
    }

    @SuppressWarnings("unchecked")
    private static ChildcareRequest with(ChildcareRequest f, String field, Object value) {
        return new ChildcareRequest(
                field.equals("name") ? (String) value : f.name(),
                field.equals("childYears") ? (Integer) value : f.childYears(),
                field.equals("childMonths") ? (Integer) value : f.childMonths(),
                field.equals("days") ? (Set<DayOfWeek>) value : f.days(),
                field.equals("from") ? (LocalTime) value : f.from(),
                field.equals("to") ? (LocalTime) value : f.to(),
                field.equals("fundedHours") ? (FundedHours) value : f.fundedHours(),
                field.equals("sendNeeds") ? (String) value : f.sendNeeds(),
                field.equals("anythingElse") ? (String) value : f.anythingElse(),
                field.equals("postcode") ? (String) value : f.postcode(),
                field.equals("contactMethods") ? (Set<ContactMethod>) value : f.contactMethods(),
                field.equals("email") ? (String) value : f.email(),
                f.phone(), f.contactTimes(),
                field.equals("safeToLeaveMessage") ? (Boolean) value : f.safeToLeaveMessage(),
                field.equals("consentToShare") ? (Boolean) value : f.consentToShare(),
                field.equals("website") ? (String) value : f.website());
    }

    private UUID idOf(Submitted submitted) {
        return requests.findByReference(submitted.reference()).orElseThrow().getId();
    }

    private static String family() {
        return "brokerage-" + UUID.randomUUID() + "@example.org";
    }

    private static String client() {
        return "brokerage-test-" + UUID.randomUUID();
    }
}
