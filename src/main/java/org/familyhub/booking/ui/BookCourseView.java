package org.familyhub.booking.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.booking.BookingOutcome;
import org.familyhub.booking.BookingStatus;
import org.familyhub.booking.CourseBookings;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.InvalidBookingException;
import org.familyhub.booking.PlaceRequest;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Ids;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Booking a place on a course, no account needed: one short form, then a reference. The form carries a key
 * made when it was shown, so a second click or a retry after a timeout answers the booking the first made.
 * A signed-in professional books on a family's behalf and records who in the family agreed.
 */
@Route(value = BookCourseView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class BookCourseView extends Article implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "book-course";
    private static final Logger LOG = LoggerFactory.getLogger(BookCourseView.class);

    private final CourseBookings bookings;
    private final CurrentUser currentUser;
    private final DateText dates;
    private final PortalProperties portal;
    private final Clock clock;
    private String idempotencyKey = "";

    private final FamilyFields family = new FamilyFields(this, "booking",
            new FamilyFields.Wording("booking.book.emailHelp", "booking.book.phone", "booking.book.consent", false));
    private final IntegerField crecheChildren = new IntegerField();
    private final TextArea crecheNeeds = new TextArea();
    private final TextArea accessNeeds = new TextArea();
    private final Checkbox familyConsented = new Checkbox();
    private final TextField consentGivenBy = new TextField();
    private final Button send = new Button();
    private @Nullable CourseSummary course;
    private String title = "";

    BookCourseView(CourseBookings bookings, CurrentUser currentUser, DateText dates, PortalProperties portal,
            Clock clock) {
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.dates = dates;
        this.portal = portal;
        this.clock = clock;
        addClassName("book-course");
        configureFields();
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        course = Ids.parse(id).flatMap(bookings::course).orElseThrow(NotFoundException::new);
        title = getTranslation("booking.book.title", course.title());
        removeAll();
        add(new H1(title));
        add(new Paragraph(getTranslation("booking.book.when", dates.day(course.firstSession(), getLocale()),
                course.sessions().size(), CourseText.time(course.startTime()), CourseText.time(course.endTime()),
                course.venue())));
        add(safeguarding());
        if (!course.bookable(clock.instant(), LocalDate.now(clock))) {
            add(notice(getTranslation("booking.book.notBookable"), "notice-warning"));
            return;
        }
        if (!course.whoMayBook().families() && !professional()) {
            add(notice(getTranslation("booking.section.professionalOnly"), "notice-info"));
            return;
        }
        if (course.full()) {
            add(notice(getTranslation("booking.book.fullIntro"), "notice-info"));
        }
        freshForm();
        send.setText(getTranslation(course.full() ? "booking.book.join" : "booking.book.send"));
        add(family.shown());
        if (course.crechePlaces() > 0) {
            add(crecheChildren, crecheNeeds);
        }
        add(accessNeeds, family.consent);
        if (professional()) {
            add(new Paragraph(getTranslation("booking.book.onBehalf")), familyConsented, consentGivenBy);
        }
        add(send);
    }

    private void configureFields() {
        send.setId("booking-send");
        crecheChildren.setLabel(getTranslation("booking.book.crecheChildren"));
        crecheChildren.setMin(0);
        crecheChildren.setValue(0);
        crecheChildren.setStepButtonsVisible(true);
        crecheNeeds.setLabel(getTranslation("booking.book.crecheNeeds"));
        accessNeeds.setLabel(getTranslation("booking.book.accessNeeds"));
        accessNeeds.setHelperText(getTranslation("booking.book.accessHelp"));
        familyConsented.setLabel(getTranslation("booking.book.familyConsented"));
        consentGivenBy.setLabel(getTranslation("booking.book.consentGivenBy"));
        FamilyFields.widen(crecheChildren, crecheNeeds, accessNeeds, consentGivenBy);
        family.alsoChecks("crecheChildren", crecheChildren);
        family.alsoChecks("consentGivenBy", consentGivenBy);
    }

    /**
     * Vaadin reuses this view when the same course is opened again from it (another booking from the same tab):
     * each showing of the form is a new form, with a new key and nothing left from the last family.
     */
    private void freshForm() {
        idempotencyKey = UUID.randomUUID().toString();
        family.clear();
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {crecheNeeds, accessNeeds, familyConsented,
                consentGivenBy}) {
            field.clear();
        }
        crecheChildren.setValue(0);
        send.setEnabled(true);
    }

    private boolean professional() {
        return currentUser.get().filter(user -> user.has(Role.PROFESSIONAL)).isPresent();
    }

    private void send() {
        CourseSummary booked = course;
        if (booked == null) {
            return;
        }
        family.clearErrors();
        try {
            BookingOutcome outcome = bookings.book(new PlaceRequest(booked.id(), idempotencyKey,
                    family.name.getValue(), family.email.getValue(), family.phone.getValue(), family.ages.getValue(),
                    crecheChildren.getValue() == null ? 0 : crecheChildren.getValue(), crecheNeeds.getValue(),
                    accessNeeds.getValue(), family.consent.getValue(), familyConsented.getValue(), consentGivenBy.getValue()));
            confirm(outcome);
        } catch (InvalidBookingException invalid) {
            family.show(invalid);
            send.setEnabled(true);
        } catch (RuntimeException notStored) {
            LOG.error("event=course-booking-not-stored course={}", booked.id(), notStored);
            family.showProblem(getTranslation("booking.book.notStored", portal.frontDoorPhone()));
            send.setEnabled(true);
        }
    }

    private void confirm(BookingOutcome outcome) {
        removeAll();
        boolean placed = outcome.status() == BookingStatus.BOOKED;
        H1 heading = new H1(getTranslation(placed ? "booking.done.booked" : "booking.done.waiting"));
        title = heading.getText();
        Paragraph reference = new Paragraph(getTranslation("booking.done.reference", outcome.reference()));
        reference.addClassNames("notice", "notice-info", "reference");
        add(heading, reference);
        add(new Paragraph(placed
                ? getTranslation("booking.done.bookedText", outcome.courseTitle(),
                        dates.day(outcome.firstSession(), getLocale()))
                : getTranslation("booking.done.waitingText", outcome.courseTitle(), outcome.waitingPosition())));
        add(new H2(getTranslation("booking.done.whatNext")));
        add(new Paragraph(getTranslation(family.email.isEmpty() ? "booking.done.noEmail" : "booking.done.emailSent")));
        add(safeguarding());
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().callJsFunction("focus");
    }

    private Paragraph safeguarding() {
        return FamilyFields.safeguarding(this, portal.frontDoorPhone());
    }

    private static Paragraph notice(String text, String kind) {
        return FamilyFields.notice(text, kind);
    }

    @Override
    public String getPageTitle() {
        return title + " | " + portal.portalName();
    }
}
