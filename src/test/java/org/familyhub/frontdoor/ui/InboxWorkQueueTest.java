package org.familyhub.frontdoor.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.familyhub.directory.LevelOfNeed;
import org.familyhub.frontdoor.Inbox;
import org.familyhub.frontdoor.InboxFilter;
import org.familyhub.frontdoor.Outcome;
import org.familyhub.frontdoor.RequestKind;
import org.familyhub.frontdoor.RequestStatus;
import org.familyhub.frontdoor.Urgency;
import org.familyhub.frontdoor.domain.HelpRequest;
import org.familyhub.frontdoor.domain.HelpRequestRepository;
import org.familyhub.shared.SpokenReferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inbox as a front-door worker's work queue, on the real database and the tests' clock (Wednesday
 * 2 December 2026): cards that name the family, the urgency, the place and the service in words, how long ago
 * the request came and when it is due, overdue ones marked in words; sorts, filters, find by reference, counts
 * per status and pages, all in the address. Each test's requests are asked about a service of its own, so the
 * service filter shows exactly them whatever else the shared database holds.
 */
@PortalTest
@ViewPackages(packages = "org.familyhub")
class InboxWorkQueueTest extends SpringBrowserlessTest {

    @Autowired
    UserAccounts users;
    @Autowired
    HelpRequestRepository requests;
    @Autowired
    Inbox inbox;
    @Autowired
    Clock clock;

    private UUID service;
    private String serviceName;

    @BeforeEach
    void signIn() {
        service = UUID.randomUUID();
        serviceName = "Queue test " + service.toString().substring(0, 8);
        SignedIn.as(users, "frontdoor");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aCardShowsTheFamilyTheUrgencyThePlaceAndServiceInWordsHowLongAgoAndTheDueDate() {
        // Monday 30 November: three working days later is Thursday 3 December, still to come.
        HelpRequest request = request("Robin Queue", "crewe-nantwich", day(30, 10), Urgency.SOON);

        String card = cardText(request.getReference());

        assertThat(card).contains("Robin Queue, " + request.getReference(), "Urgency", "Soon (within a week)",
                "Crewe and Nantwich", serviceName, "Received", "2 days ago (30 Nov 2026, 10:00)",
                "First reply to the family by 3 December 2026").doesNotContain("Overdue");
    }

    @Test
    void aRequestPastItsTargetIsMarkedOverdueInWordsAndTheOverdueViewShowsOnlyThose() {
        // Wednesday 25 November: the first reply was due on Monday 30 November.
        HelpRequest late = request("Late Family", "crewe-nantwich", day(25, 9), Urgency.ROUTINE);
        // Answered on the day: the next target is a named worker ten working days on, Wednesday 9 December.
        HelpRequest answered = request("Answered Family", "crewe-nantwich", day(25, 9), Urgency.ROUTINE);
        answered.responded(day(25, 15).toInstant());
        requests.save(answered);

        assertThat(cardText(late.getReference())).contains("Overdue",
                "Overdue: the first reply to the family was due by 30 November 2026");
        assertThat(card(late.getReference()).getClassNames()).contains("overdue");
        assertThat(cardText(answered.getReference())).contains("A named worker by 9 December 2026")
                .doesNotContain("Overdue");

        open("service=" + service + "&overdue=yes");
        assertThat(references()).containsExactly(late.getReference());
        assertThat($(Checkbox.class).withLabel("Only overdue requests").single().getValue()).isTrue();
    }

    @Test
    void safeguardingConcernsComeFirstThenTheSortAsked() {
        HelpRequest oldRoutine = request("Old Routine", "crewe-nantwich", day(23, 9), Urgency.ROUTINE);
        oldRoutine.responded(day(23, 10).toInstant());
        requests.save(oldRoutine);
        HelpRequest urgent = request("New Urgent", "crewe-nantwich", day(1, 9), Urgency.URGENT);
        HelpRequest soon = request("Middle Soon", "crewe-nantwich", day(27, 9), Urgency.SOON);
        HelpRequest concern = request("Concern Family", "crewe-nantwich", day(2, 7), null);
        concern.flagSafeguarding("Worried about bruises");
        requests.save(concern);

        open("service=" + service);
        assertThat(references()).containsExactly(concern.getReference(), oldRoutine.getReference(),
                soon.getReference(), urgent.getReference());
        open("service=" + service + "&sort=urgency");
        assertThat(references()).containsExactly(concern.getReference(), urgent.getReference(),
                soon.getReference(), oldRoutine.getReference());
        // Due: Middle Soon's reply by 2 December, New Urgent's by 4 December, Old Routine's worker by 7 December.
        open("service=" + service + "&sort=due");
        assertThat(references()).containsExactly(concern.getReference(), soon.getReference(),
                urgent.getReference(), oldRoutine.getReference());
    }

    @Test
    void eachFilterNarrowsTheListAndTheCountsPerStatusFollowTheOtherFilters() {
        HelpRequest crewe = request("Crewe Family", "crewe-nantwich", day(30, 9), Urgency.URGENT);
        HelpRequest congleton = request("Congleton Family", "congleton", day(30, 10), Urgency.ROUTINE);
        HelpRequest closed = request("Closed Family", "crewe-nantwich", day(26, 9), Urgency.ROUTINE);
        closed.close(Outcome.HELPED, null, day(27, 9).toInstant());
        requests.save(closed);

        open("service=" + service);
        assertThat(references()).containsExactlyInAnyOrder(crewe.getReference(), congleton.getReference(),
                closed.getReference());
        assertThat(countsText()).contains("All (3)", "Received (2)", "Closed (1)", "Accepted (0)");

        open("service=" + service + "&status=closed");
        assertThat(references()).containsExactly(closed.getReference());
        assertThat(cardText(closed.getReference())).contains("Closed: family helped");
        assertThat(countsText()).as("counts ignore the status filter").contains("All (3)", "Received (2)");

        open("service=" + service + "&urgency=urgent");
        assertThat(references()).containsExactly(crewe.getReference());
        assertThat(countsText()).contains("All (1)", "Received (1)", "Closed (0)");

        open("service=" + service + "&locality=congleton");
        assertThat(references()).containsExactly(congleton.getReference());
        assertThat(cardText(congleton.getReference())).contains("Congleton");

        open("service=" + UUID.randomUUID());
        assertThat(references()).isEmpty();
        assertThat(text()).contains("No requests match these choices.", "Show all requests");
    }

    @Test
    void choosingAFilterPutsItInTheAddressSoTheViewCanBeBookmarked() {
        request("Bookmark Family", "crewe-nantwich", day(25, 9), Urgency.ROUTINE);
        open("service=" + service);

        select("Locality").setValue("crewe-nantwich");
        test($(Checkbox.class).withLabel("Only overdue requests").single()).click();

        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(address).startsWith("inbox?").contains("locality=crewe-nantwich", "overdue=yes",
                "service=" + service);
        assertThat(select("Locality").getValue()).isEqualTo("crewe-nantwich");
        assertThat(references()).hasSize(1);
    }

    @Test
    void aReferenceIsFoundHoweverItIsTyped() {
        HelpRequest wanted = request("Wanted Family", "crewe-nantwich", day(30, 9), Urgency.ROUTINE);
        request("Other Family", "crewe-nantwich", day(30, 9), Urgency.ROUTINE);
        navigate(InboxView.class);

        String typed = " " + wanted.getReference().toLowerCase().replace("-", " ") + " ";
        test($(TextField.class).withLabel("Find by reference").single()).setValue(typed);
        test($(Button.class).withText("Find").single()).click();

        assertThat(references()).containsExactly(wanted.getReference());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("ref=");

        open("ref=FH-2222-2222");
        assertThat(references()).isEmpty();
        assertThat(text()).contains("No request in your inbox has the reference FH-2222-2222.");
    }

    @Test
    void moreRequestsThanAPageArePagedInTheDatabase() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < InboxFilter.PAGE_SIZE + 5; i++) {
            made.add(request("Family " + i, "crewe-nantwich", day(1, 8).plusMinutes(i), Urgency.ROUTINE).getReference());
        }

        open("service=" + service);
        assertThat(references()).containsExactlyElementsOf(made.subList(0, InboxFilter.PAGE_SIZE));
        assertThat(text()).contains("25 requests. Page 1 of 2.", "Next page").doesNotContain("Previous page");

        open("service=" + service + "&page=2");
        assertThat(references()).containsExactlyElementsOf(made.subList(InboxFilter.PAGE_SIZE, made.size()));
        assertThat(text()).contains("25 requests. Page 2 of 2.", "Previous page").doesNotContain("Next page");

        open("service=" + service + "&page=99");
        assertThat(text()).as("a page past the last gives the last").contains("Page 2 of 2.");
    }

    @Test
    void noCodeReachesTheInboxOrARequestOnlyWords() {
        HelpRequest helped = request("Coded Family", "crewe-nantwich", day(26, 9), Urgency.SOON);
        helped.askFor(List.of("childcare-and-early-education"), "Help with nursery costs");
        helped.close(Outcome.HELPED, null, day(27, 9).toInstant());
        requests.save(helped);
        request("Open Family", "congleton", day(1, 9), Urgency.URGENT);

        open("service=" + service);
        assertNoCodes(text());
        navigate(InboxView.class);
        assertNoCodes(text());

        navigate(RequestView.class, helped.getId().toString());
        String request = text();
        assertNoCodes(request);
        assertThat(request).contains("Closed: family helped", "Crewe and Nantwich", "Childcare and early education",
                "Opened").doesNotContain("childcare-and-early-education", "VIEWED");
    }

    @Test
    void onlyStaffWithAnInboxGetAPage() {
        SignedIn.as(users, "professional");
        assertThatThrownBy(() -> inbox.page(InboxFilter.everything())).isInstanceOf(AccessDeniedException.class);
        SignedIn.out();
        assertThatThrownBy(() -> inbox.page(InboxFilter.everything()))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        SignedIn.as(users, "provider");
        request("Not Passed On", "crewe-nantwich", day(30, 9), Urgency.ROUTINE);
        assertThat(inbox.page(new InboxFilter(null, null, null, service, false, null,
                org.familyhub.frontdoor.InboxSort.OLDEST, 1)).total()).as("not passed to the provider").isZero();
    }

    private void assertNoCodes(String text) {
        List<String> codes = new ArrayList<>(List.of("crewe-nantwich", "congleton", "wilmslow-knutsford-poynton",
                "macclesfield", "CLOSED · HELPED"));
        Stream.of(RequestStatus.values(), Urgency.values(), Outcome.values(), RequestKind.values(),
                LevelOfNeed.values()).flatMap(Stream::of).map(Enum::name).forEach(codes::add);
        for (String code : codes) {
            assertThat(text).as("the code " + code + " on screen").doesNotContain(code);
        }
    }

    private HelpRequest request(String family, String locality, ZonedDateTime at, Urgency urgency) {
        HelpRequest request = new HelpRequest(UUID.randomUUID(), SpokenReferences.next("FH", requests::existsByReference),
                RequestKind.PROFESSIONAL_REFERRAL, locality, at.toInstant());
        request.describeFamily(family, null, null, "CW1 3AB", List.of());
        request.wants(service, serviceName);
        if (urgency != null) {
            request.referredBy(UUID.randomUUID(), "Priya Health Visitor", null, urgency, LevelOfNeed.ADDITIONAL);
        }
        return requests.save(request);
    }

    /** A time in November (day 20 to 30) or, for a smaller day, in December 2026, in the council's zone. */
    private ZonedDateTime day(int dayOfMonth, int hour) {
        int month = dayOfMonth >= 20 ? 11 : 12;
        return LocalDateTime.of(2026, month, dayOfMonth, hour, 0).atZone(clock.getZone());
    }

    /** The inbox at an address with these query parameters, as a bookmark opens it. */
    private void open(String query) {
        UI.getCurrent().navigate(InboxView.class, QueryParameters.fromString(query));
    }

    private List<String> references() {
        return $(ListItem.class).all().stream().filter(item -> item.getClassNames().contains("service-card"))
                .map(item -> item.getChildren().filter(H2.class::isInstance).findFirst().orElseThrow()
                        .getElement().getTextRecursively())
                .map(title -> title.substring(title.lastIndexOf(", ") + 2)).toList();
    }

    private ListItem card(String reference) {
        open("service=" + service);
        return $(ListItem.class).all().stream().filter(item -> item.getClassNames().contains("service-card")
                && item.getElement().getTextRecursively().contains(reference)).findFirst().orElseThrow();
    }

    private String cardText(String reference) {
        return card(reference).getElement().getTextRecursively();
    }

    private String countsText() {
        return getCurrentView().getElement().getChildren()
                .filter(child -> child.getClassList().contains("inbox-counts")).findFirst().orElseThrow()
                .getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private Select<String> select(String label) {
        return $(Select.class).withLabel(label).single();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
