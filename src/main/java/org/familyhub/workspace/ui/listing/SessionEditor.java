package org.familyhub.workspace.ui.listing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.familyhub.directory.ScheduleWords;
import org.familyhub.shared.ui.DateEntry;
import org.familyhub.workspace.listing.Session;
import org.jspecify.annotations.Nullable;

/**
 * One session at a venue: how often, which day(s) (a monthly one in the first to fourth or the last week), 24-hour
 * start and end, term time only, first and last dates and the dates it does not meet (British date entry). A
 * mistake is shown beside its field and nothing is saved. Exception dates already past are not shown and fall away
 * when the session is saved.
 */
class SessionEditor extends Div {

    private final Select<Session.Frequency> frequency = new Select<>();
    private final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    private final Select<Integer> week = new Select<>();
    private final TimePicker opens = new TimePicker();
    private final TimePicker closes = new TimePicker();
    private final Checkbox termTimeOnly = new Checkbox();
    private final DatePicker validFrom = DateEntry.localised(new DatePicker());
    private final DatePicker validTo = DateEntry.localised(new DatePicker());
    private final DatePicker exceptionDate = DateEntry.localised(new DatePicker());
    private final Button addException = new Button();
    private final UnorderedList exceptionList = new UnorderedList();
    private final List<LocalDate> exceptions = new ArrayList<>();
    private final Button remove = new Button();
    private final @Nullable String id;
    private final LocalDate today;
    private boolean editable = true;

    SessionEditor(@Nullable Session session, int number, LocalDate today, Runnable onRemove) {
        this.today = today;
        this.id = session == null ? null : session.id();
        addClassName("listing-session");
        frequency.setLabel(getTranslation("editor.session.frequency"));
        frequency.setItems(Session.Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("editor.session.frequency." + f.name()));
        frequency.addValueChangeListener(e -> week.setVisible(e.getValue() == Session.Frequency.MONTHLY));
        days.setLabel(getTranslation("editor.session.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, locale()));
        week.setLabel(getTranslation("editor.session.week"));
        week.setItems(1, 2, 3, 4, ScheduleWords.LAST_WEEK);
        week.setItemLabelGenerator(n -> getTranslation("editor.session.week."
                + (n == ScheduleWords.LAST_WEEK ? "last" : String.valueOf(n))));
        week.setVisible(false);
        opens.setLabel(getTranslation("editor.session.opens"));
        closes.setLabel(getTranslation("editor.session.closes"));
        java.util.stream.Stream.of(opens, closes).forEach(t -> {
            t.setLocale(Locale.UK); // 24-hour
            t.setStep(java.time.Duration.ofMinutes(15));
            t.setRequiredIndicatorVisible(true);
        });
        termTimeOnly.setLabel(getTranslation("editor.session.termTimeOnly"));
        validFrom.setLabel(getTranslation("editor.session.validFrom"));
        validTo.setLabel(getTranslation("editor.session.validTo"));
        exceptionDate.setLabel(getTranslation("editor.session.exception"));
        exceptionDate.setHelperText(getTranslation("editor.session.exceptionHelp"));
        exceptionDate.setMin(today);
        addException.setText(getTranslation("editor.session.exceptionAdd"));
        addException.addClickListener(click -> addExceptionDate());
        exceptionList.addClassName("session-exceptions");
        remove.setText(getTranslation("editor.session.remove", number));
        remove.addClickListener(click -> onRemove.run());
        FormLayout form = new FormLayout(frequency, week, days, opens, closes, termTimeOnly, validFrom, validTo,
                exceptionDate);
        form.setColspan(days, 2);
        add(new H4(getTranslation("editor.session.heading", number)), form, addException, exceptionList, remove);
        if (session == null) {
            frequency.setValue(Session.Frequency.WEEKLY);
        } else {
            frequency.setValue(session.frequency());
            days.setValue(session.days());
            week.setValue(session.weekOfMonth());
            opens.setValue(session.opens());
            closes.setValue(session.closes());
            termTimeOnly.setValue(session.termTimeOnly());
            validFrom.setValue(session.validFrom());
            validTo.setValue(session.validTo());
            session.exceptions().stream().filter(date -> !date.isBefore(today)).forEach(exceptions::add);
            showExceptions();
        }
    }

    /** Adds the date in the picker to the dates the session does not meet. */
    private void addExceptionDate() {
        LocalDate date = exceptionDate.getValue();
        if (exceptionDate.isInvalid() || date == null) {
            exceptionDate.setErrorMessage(getTranslation("editor.session.exceptionWrong"));
            exceptionDate.setInvalid(true);
            return;
        }
        exceptionDate.setInvalid(false);
        if (!exceptions.contains(date)) {
            exceptions.add(date);
            exceptions.sort(null);
        }
        exceptionDate.clear();
        showExceptions();
    }

    private void showExceptions() {
        exceptionList.removeAll();
        exceptionList.setVisible(!exceptions.isEmpty());
        for (LocalDate date : exceptions) {
            String said = date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale()));
            Button drop = new Button(getTranslation("editor.session.exceptionRemove"), click -> {
                exceptions.remove(date);
                showExceptions();
            });
            drop.getElement().setAttribute("aria-label", getTranslation("editor.session.exceptionRemoveDate", said));
            drop.setVisible(editable);
            exceptionList.add(new ListItem(new Span(getTranslation("editor.session.exceptionItem", said)), drop));
        }
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }

    /** The session, or {@code null} after marking each field at fault. */
    @Nullable Session session(List<String> problems) {
        List<String> mine = new ArrayList<>();
        mark(days, days.getValue().isEmpty(), "editor.session.daysMissing", mine);
        boolean monthly = frequency.getValue() == Session.Frequency.MONTHLY;
        mark(week, monthly && week.getValue() == null, "editor.session.weekMissing", mine);
        if (monthly && days.getValue().size() > 1) {
            mark(days, true, "editor.session.oneDay", mine);
        }
        mark(opens, opens.isInvalid() || opens.getValue() == null, "editor.session.opensMissing", mine);
        LocalTime start = opens.getValue();
        LocalTime end = closes.getValue();
        mark(closes, closes.isInvalid() || end == null || start != null && !end.isAfter(start),
                "editor.session.closesBefore", mine);
        mark(validFrom, validFrom.isInvalid() || frequency.getValue() == Session.Frequency.FORTNIGHTLY
                && validFrom.getValue() == null, "editor.session.validFromMissing", mine);
        mark(validTo, validTo.isInvalid() || validTo.getValue() != null && validFrom.getValue() != null
                && validTo.getValue().isBefore(validFrom.getValue()), "editor.session.validToBefore", mine);
        problems.addAll(mine);
        if (!mine.isEmpty() || start == null || end == null) {
            return null;
        }
        return new Session(id, frequency.getValue(), days.getValue(), monthly ? week.getValue() : null, start, end,
                termTimeOnly.getValue(), validFrom.getValue(), validTo.getValue(), exceptions);
    }

    private void mark(com.vaadin.flow.component.HasValidation field, boolean wrong, String key, List<String> problems) {
        if (wrong) {
            String message = getTranslation(key);
            field.setErrorMessage(message);
            field.setInvalid(true);
            problems.add(message);
        } else {
            field.setInvalid(false);
        }
    }

    void setEditable(boolean editable) {
        java.util.stream.Stream.<com.vaadin.flow.component.HasValue<?, ?>>of(frequency, days, week, opens, closes,
                termTimeOnly, validFrom, validTo, exceptionDate).forEach(f -> f.setReadOnly(!editable));
        this.editable = editable;
        remove.setVisible(editable);
        addException.setVisible(editable);
        showExceptions();
    }

    Select<Session.Frequency> frequency() { return frequency; }
    CheckboxGroup<DayOfWeek> days() { return days; }
    TimePicker opens() { return opens; }
    TimePicker closes() { return closes; }
    Checkbox termTimeOnly() { return termTimeOnly; }
    DatePicker validFrom() { return validFrom; }
    DatePicker validTo() { return validTo; }
    Select<Integer> week() { return week; }
    DatePicker exceptionDate() { return exceptionDate; }
    Button addException() { return addException; }
    List<LocalDate> exceptions() { return List.copyOf(exceptions); }
}
