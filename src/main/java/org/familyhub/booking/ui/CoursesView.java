package org.familyhub.booking.ui;

import java.time.LocalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.booking.CourseAdmin;
import org.familyhub.booking.CourseSummary;
import org.familyhub.booking.InvalidBookingException;
import org.familyhub.booking.NewCourse;
import org.familyhub.booking.ProgrammeChoice;
import org.familyhub.booking.WhoMayBook;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.DateEntry;
import org.familyhub.shared.ui.MainLayout;

/**
 * A provider's courses (an editor's: everyone's), and a form to set up a new one: weekly sessions from a first
 * date, school holidays skipped.
 */
@Route(value = "workspace/courses", layout = MainLayout.class)
@RolesAllowed({Roles.PROVIDER, Roles.EDITOR, Roles.ADMIN})
class CoursesView extends Div implements HasDynamicTitle {

    private final CourseAdmin admin;
    private final DateText dates;
    private final UnorderedList list = new UnorderedList();
    private final ComboBox<ProgrammeChoice> programme = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextField venue = new TextField();
    private final TextField facilitator = new TextField();
    private final DatePicker firstSession = DateEntry.localised(new DatePicker());
    private final IntegerField sessionCount = new IntegerField();
    private final TimePicker startTime = new TimePicker();
    private final TimePicker endTime = new TimePicker();
    private final IntegerField capacity = new IntegerField();
    private final IntegerField crechePlaces = new IntegerField();
    private final RadioButtonGroup<WhoMayBook> whoMayBook = new RadioButtonGroup<>();
    private final DatePicker bookingOpens = DateEntry.localised(new DatePicker());
    private final DatePicker bookingCloses = DateEntry.localised(new DatePicker());
    private final Paragraph problem = new Paragraph();

    CoursesView(CourseAdmin admin, DateText dates) {
        this.admin = admin;
        this.dates = dates;
        addClassName("workspace-courses");
        list.addClassName("course-list");
        add(new H1(getTranslation("booking.admin.title")), list, form());
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (CourseSummary course : admin.courses()) {
            ListItem item = new ListItem(new RouterLink(course.title(), CourseView.class, course.id().toString()));
            item.add(new Paragraph(getTranslation("booking.admin.line", dates.date(course.firstSession(), getLocale()),
                    course.venue(), course.placesTaken(), course.capacity(), course.waiting(),
                    getTranslation("booking.status." + course.status().name()))));
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("booking.admin.none")));
        }
    }

    private Component form() {
        programme.setLabel(getTranslation("booking.admin.programme"));
        programme.setItems(admin.programmes());
        programme.setItemLabelGenerator(p -> p.name() + " (" + p.organisationName() + ")");
        title.setLabel(getTranslation("booking.admin.courseTitle"));
        venue.setLabel(getTranslation("booking.admin.venue"));
        facilitator.setLabel(getTranslation("booking.admin.facilitator"));
        firstSession.setLabel(getTranslation("booking.admin.firstSession"));
        sessionCount.setLabel(getTranslation("booking.admin.sessionCount"));
        sessionCount.setValue(6);
        startTime.setLabel(getTranslation("booking.admin.startTime"));
        startTime.setValue(LocalTime.of(10, 0));
        endTime.setLabel(getTranslation("booking.admin.endTime"));
        endTime.setValue(LocalTime.of(12, 0));
        capacity.setLabel(getTranslation("booking.admin.capacity"));
        capacity.setValue(12);
        crechePlaces.setLabel(getTranslation("booking.admin.crechePlaces"));
        crechePlaces.setValue(0);
        whoMayBook.setLabel(getTranslation("booking.admin.whoMayBook"));
        whoMayBook.setItems(WhoMayBook.values());
        whoMayBook.setItemLabelGenerator(who -> getTranslation("booking.who." + who.name()));
        whoMayBook.setValue(WhoMayBook.BOTH);
        bookingOpens.setLabel(getTranslation("booking.admin.bookingOpens"));
        bookingCloses.setLabel(getTranslation("booking.admin.bookingCloses"));
        bookingCloses.setHelperText(getTranslation("booking.admin.bookingClosesHelp"));
        problem.setVisible(false);
        problem.addClassNames("notice", "notice-warning");
        problem.getElement().setAttribute("role", "alert");
        Button create = new Button(getTranslation("booking.admin.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section(new H2(getTranslation("booking.admin.newCourse")), problem, programme, title,
                venue, facilitator, firstSession, sessionCount, startTime, endTime, capacity, crechePlaces, whoMayBook,
                bookingOpens, bookingCloses, create);
        section.addClassName("new-course");
        return section;
    }

    private void create() {
        problem.setVisible(false);
        try {
            admin.create(new NewCourse(programme.getValue() == null ? null : programme.getValue().serviceId(),
                    title.getValue(), venue.getValue(), facilitator.getValue(), firstSession.getValue(),
                    value(sessionCount), startTime.getValue(), endTime.getValue(), value(capacity), value(crechePlaces),
                    whoMayBook.getValue(), bookingOpens.getValue(), bookingCloses.getValue()));
            title.clear();
            refresh();
        } catch (InvalidBookingException invalid) {
            problem.setText(getTranslation(invalid.key()));
            problem.setVisible(true);
            HasValidation field = switch (invalid.field()) {
                case "serviceId" -> programme;
                case "title" -> title;
                case "venue" -> venue;
                case "firstSession" -> firstSession;
                case "sessionCount" -> sessionCount;
                case "endTime" -> endTime;
                case "capacity" -> capacity;
                case "bookingCloses" -> bookingCloses;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(problem.getText());
                field.setInvalid(true);
            }
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booking.admin.title");
    }
}
