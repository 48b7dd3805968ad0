package org.familyhub.booking.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.CourseStatus;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.InvalidBookingException;
import org.familyhub.booking.Roster;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.MainLayout;
import org.springframework.security.access.AccessDeniedException;

/**
 * One course as its provider sees it: who has a place, who waits, crèche numbers, a register per session, and
 * cancelling the course (everyone is told). Another organisation's course is "not found".
 */
@Route(value = "workspace/courses", layout = MainLayout.class)
@RolesAllowed({Roles.PROVIDER, Roles.EDITOR, Roles.ADMIN})
class CourseView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final CourseAdmin admin;
    private final DateText dates;
    private String title = "";

    CourseView(CourseAdmin admin, DateText dates) {
        this.admin = admin;
        this.dates = dates;
        addClassName("workspace-course");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        UUID courseId = Ids.parse(id).orElseThrow(NotFoundException::new);
        try {
            show(admin.roster(courseId));
        } catch (InvalidBookingException | AccessDeniedException notYours) {
            throw new NotFoundException();
        }
    }

    private void show(Roster roster) {
        removeAll();
        CourseSummary course = roster.course();
        title = course.title();
        add(new H1(course.title()));
        add(new Paragraph(getTranslation("booking.admin.summary", course.venue(),
                dates.date(course.firstSession(), getLocale()), course.sessions().size(),
                CourseText.time(course.startTime()), CourseText.time(course.endTime()), course.placesTaken(),
                course.capacity(), course.waiting())));
        add(new Paragraph(getTranslation("booking.admin.creche", roster.crecheChildren(), course.crechePlaces())));
        if (course.status() == CourseStatus.CANCELLED) {
            add(FamilyFields.notice(getTranslation("booking.admin.cancelled"), "notice-warning"));
        }
        add(new H2(getTranslation("booking.admin.booked")), grid(roster.booked(), false));
        add(new H2(getTranslation("booking.admin.waitingList")), grid(roster.waiting(), true));
        add(registers(course));
        if (course.status() == CourseStatus.OPEN) {
            add(capacitySection(course));
            List<CourseSummary> targets = roster.booked().isEmpty() ? List.of() : admin.moveTargets(course.id());
            if (!targets.isEmpty()) {
                add(moveSection(course, roster.booked(), targets));
            }
            add(cancelSection(course));
        }
    }

    private Grid<Roster.Line> grid(List<Roster.Line> lines, boolean waiting) {
        Grid<Roster.Line> grid = new Grid<>();
        if (waiting) {
            grid.addColumn(Roster.Line::position).setHeader(getTranslation("booking.admin.position")).setAutoWidth(true);
        }
        grid.addColumn(Roster.Line::reference).setHeader(getTranslation("booking.admin.reference")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation("booking.bookingStatus." + line.status().name())
                + (line.waitingStatus() == null ? "" : " / " + getTranslation("booking.waitingStatus." + line.waitingStatus().name())))
                .setHeader(getTranslation("booking.admin.status")).setAutoWidth(true);
        grid.addColumn(Roster.Line::parentName).setHeader(getTranslation("booking.admin.name"));
        grid.addColumn(line -> contact(line)).setHeader(getTranslation("booking.admin.contact"));
        grid.addColumn(Roster.Line::childrenAges).setHeader(getTranslation("booking.admin.ages"));
        grid.addColumn(Roster.Line::crecheChildren).setHeader(getTranslation("booking.admin.crecheChildren"));
        grid.addColumn(line -> join(line.crecheNeeds(), line.accessNeeds())).setHeader(getTranslation("booking.admin.needs"));
        grid.addColumn(Roster.Line::bookedBy).setHeader(getTranslation("booking.admin.bookedBy"));
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String contact(Roster.Line line) {
        return join(line.email(), line.phone());
    }

    private static String join(@org.jspecify.annotations.Nullable String a, @org.jspecify.annotations.Nullable String b) {
        return a == null ? (b == null ? "" : b) : (b == null ? a : a + ", " + b);
    }

    private Section registers(CourseSummary course) {
        Section section = new Section(new H2(getTranslation("booking.admin.registers")));
        UnorderedList sessions = new UnorderedList();
        for (LocalDate session : course.sessions()) {
            sessions.add(new ListItem(new RouterLink(dates.day(session, getLocale()), RegisterView.class,
                    new RouteParameters(RegisterView.params(course.id(), session)))));
        }
        section.add(sessions);
        return section;
    }

    private Section capacitySection(CourseSummary course) {
        IntegerField capacity = new IntegerField(getTranslation("booking.admin.capacity"));
        capacity.setId("course-capacity");
        capacity.setValue(course.capacity());
        capacity.setMin(1);
        Paragraph problem = new Paragraph();
        problem.setVisible(false);
        problem.addClassNames("notice", "notice-warning");
        problem.getElement().setAttribute("role", "alert");
        Button change = new Button(getTranslation("booking.admin.changeCapacity"), click -> {
            try {
                admin.changeCapacity(course.id(), capacity.getValue() == null ? 0 : capacity.getValue());
                show(admin.roster(course.id()));
            } catch (InvalidBookingException invalid) {
                problem.setText(getTranslation(invalid.key()));
                problem.setVisible(true);
            }
        });
        return new Section(new H2(getTranslation("booking.admin.capacityTitle")),
                new Paragraph(getTranslation("booking.admin.capacityText")), problem, capacity, change);
    }

    /** Moving a family with a place to another course of the same programme that has one. */
    private Section moveSection(CourseSummary course, List<Roster.Line> booked, List<CourseSummary> targets) {
        Select<Roster.Line> family = new Select<>();
        family.setLabel(getTranslation("booking.admin.moveFamily"));
        family.setId("move-family");
        family.setItems(booked);
        family.setItemLabelGenerator(line -> line.reference() + (line.parentName() == null ? "" : ", " + line.parentName()));
        Select<CourseSummary> target = new Select<>();
        target.setLabel(getTranslation("booking.admin.moveTo"));
        target.setId("move-to");
        target.setItems(targets);
        target.setItemLabelGenerator(c -> getTranslation("booking.admin.moveTarget", c.title(),
                dates.date(c.firstSession(), getLocale()), c.placesLeft()));
        Paragraph problem = new Paragraph();
        problem.setVisible(false);
        problem.addClassNames("notice", "notice-warning");
        problem.getElement().setAttribute("role", "alert");
        Button move = new Button(getTranslation("booking.admin.move"), click -> {
            if (family.getValue() == null || target.getValue() == null) {
                problem.setText(getTranslation("booking.admin.moveChoose"));
                problem.setVisible(true);
                return;
            }
            try {
                admin.move(family.getValue().bookingId(), target.getValue().id());
                show(admin.roster(course.id()));
            } catch (InvalidBookingException invalid) {
                problem.setText(getTranslation(invalid.key()));
                problem.setVisible(true);
            }
        });
        return new Section(new H2(getTranslation("booking.admin.moveTitle")),
                new Paragraph(getTranslation("booking.admin.moveText")), problem, family, target, move);
    }

    private Section cancelSection(CourseSummary course) {
        TextField reason = new TextField(getTranslation("booking.admin.cancelReason"));
        Button cancel = new Button(getTranslation("booking.admin.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> {
            admin.cancel(course.id(), reason.getValue());
            show(admin.roster(course.id()));
        });
        return new Section(new H2(getTranslation("booking.admin.cancelTitle")),
                new Paragraph(getTranslation("booking.admin.cancelText")), reason, cancel);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
