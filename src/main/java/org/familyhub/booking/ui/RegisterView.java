package org.familyhub.booking.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.InvalidBookingException;
import org.familyhub.booking.Register;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.MainLayout;
import org.springframework.security.access.AccessDeniedException;

/**
 * The register of one session, to print and take to the room or to mark on screen: every family with a place,
 * their children's ages, crèche and access needs, and a tick for who came.
 */
@Route(value = "workspace/courses/:course/register/:date", layout = MainLayout.class)
@RolesAllowed({Roles.PROVIDER, Roles.EDITOR, Roles.ADMIN})
class RegisterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseAdmin admin;
    private final DateText dates;
    private String title = "";

    RegisterView(CourseAdmin admin, DateText dates) {
        this.admin = admin;
        this.dates = dates;
        addClassName("course-register");
    }

    static Map<String, String> params(UUID course, LocalDate session) {
        return Map.of("course", course.toString(), "date", session.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID course = event.getRouteParameters().get("course").flatMap(Ids::parse)
                .orElseThrow(NotFoundException::new);
        LocalDate session;
        try {
            session = LocalDate.parse(event.getRouteParameters().get("date").orElse(""));
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
        try {
            show(admin.register(course, session));
        } catch (InvalidBookingException | AccessDeniedException notYours) {
            throw new NotFoundException();
        }
    }

    private void show(Register register) {
        removeAll();
        title = getTranslation("booking.register.title", register.course().title(),
                dates.day(register.session(), getLocale()));
        add(new H1(title));
        add(new Paragraph(getTranslation("booking.register.where", register.course().venue(),
                CourseText.time(register.course().startTime()), CourseText.time(register.course().endTime()),
                register.entries().size())));
        Button print = new Button(getTranslation("booking.register.print"),
                click -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        NativeTable table = new NativeTable();
        table.addClassName("register");
        NativeTableHeader header = new NativeTableHeader();
        header.add(headerRow());
        NativeTableBody body = new NativeTableBody();
        for (Register.Entry entry : register.entries()) {
            Checkbox came = new Checkbox(getTranslation("booking.register.came", entry.parentName() == null
                    ? entry.reference() : entry.parentName()));
            came.setValue(Boolean.TRUE.equals(entry.attended()));
            came.addValueChangeListener(change -> admin.markAttendance(register.course().id(), entry.bookingId(),
                    register.session(), change.getValue()));
            body.add(new NativeTableRow(new NativeTableCell(entry.parentName() == null ? "" : entry.parentName()),
                    new NativeTableCell(entry.reference()),
                    new NativeTableCell(entry.childrenAges() == null ? "" : entry.childrenAges()),
                    new NativeTableCell(String.valueOf(entry.crecheChildren())),
                    new NativeTableCell(entry.accessNeeds() == null ? "" : entry.accessNeeds()),
                    new NativeTableCell(came)));
        }
        table.add(header, body);
        add(print, table);
    }

    private NativeTableRow headerRow() {
        NativeTableRow row = new NativeTableRow();
        for (String key : new String[] {"booking.admin.name", "booking.admin.reference", "booking.admin.ages",
                "booking.admin.crecheChildren", "booking.admin.needs", "booking.register.attended"}) {
            row.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
