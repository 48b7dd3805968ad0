package org.familyhub.workspace.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.InvalidTermDatesException;
import org.familyhub.directory.SchoolTerms;
import org.familyhub.directory.SchoolTerms.SchoolTermEntry;
import org.familyhub.directory.SchoolTerms.TermForm;
import org.familyhub.directory.TermDates;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.DateEntry;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * The area's school terms for administrators (#18): each term with its half term and the holidays between, in order;
 * a form to add a term or change one, with British date entry; refused entries say what is wrong and change nothing.
 * A save takes effect at once for "next session", "this week", the calendar files and search ({@link SchoolTerms}).
 */
@Route(value = "workspace/term-dates", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class TermDatesView extends Div implements HasDynamicTitle {

    private final SchoolTerms terms;
    private final DateText dates;
    private final Feedback feedback = new Feedback();
    private final Section listed = new Section();
    private final H2 formTitle = new H2();
    private final TextField name = new TextField();
    private final DatePicker startsOn = DateEntry.localised(new DatePicker());
    private final DatePicker endsOn = DateEntry.localised(new DatePicker());
    private final DatePicker halfTermStartsOn = DateEntry.localised(new DatePicker());
    private final DatePicker halfTermEndsOn = DateEntry.localised(new DatePicker());
    private final Button cancel = new Button();
    private @Nullable UUID changing;

    TermDatesView(SchoolTerms terms, DateText dates) {
        this.terms = terms;
        this.dates = dates;
        addClassName("workspace-term-dates");
        listed.setId("term-dates-listed");
        name.setId("term-name");
        name.setLabel(getTranslation("terms.name"));
        name.setHelperText(getTranslation("terms.nameHelp"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        startsOn.setId("term-starts");
        startsOn.setLabel(getTranslation("terms.startsOn"));
        endsOn.setId("term-ends");
        endsOn.setLabel(getTranslation("terms.endsOn"));
        halfTermStartsOn.setId("term-half-starts");
        halfTermStartsOn.setLabel(getTranslation("terms.halfTermStartsOn"));
        halfTermEndsOn.setId("term-half-ends");
        halfTermEndsOn.setLabel(getTranslation("terms.halfTermEndsOn"));
        Button save = new Button(getTranslation("terms.save"), click -> save());
        save.setId("term-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        cancel.setText(getTranslation("terms.cancelChange"));
        cancel.addClickListener(click -> edit(null));
        FormLayout form = new FormLayout(name, startsOn, endsOn, halfTermStartsOn, halfTermEndsOn);
        form.setColspan(name, 2);
        Section editing = new Section(formTitle, new Paragraph(getTranslation("terms.formIntro")), form, save, cancel);
        add(new Anchor("workspace", getTranslation("editor.title")), new H1(getPageTitle()),
                new Paragraph(getTranslation("terms.intro")), feedback, listed, editing);
        edit(null);
        showList();
    }

    private void save() {
        if (startsOn.isInvalid() || endsOn.isInvalid() || halfTermStartsOn.isInvalid() || halfTermEndsOn.isInvalid()) {
            feedback.problems(getTranslation("editor.problems"), List.of(getTranslation("terms.problem.badDate")));
            return;
        }
        TermForm form = new TermForm(name.getValue(), startsOn.getValue(), endsOn.getValue(),
                halfTermStartsOn.getValue(), halfTermEndsOn.getValue());
        try {
            if (changing == null) {
                terms.add(form);
            } else {
                terms.change(changing, form);
            }
            feedback.done(getTranslation("terms.saved", form.name().strip()));
            edit(null);
            showList();
        } catch (InvalidTermDatesException refused) {
            feedback.problems(getTranslation("editor.problems"), refused.problems().stream()
                    .map(key -> getTranslation(key)).toList());
        }
    }

    /** Fills the form with the term to change, or empties it to add one. */
    private void edit(@Nullable SchoolTermEntry entry) {
        changing = entry == null ? null : entry.id();
        TermDates.Term term = entry == null ? null : entry.term();
        formTitle.setText(getTranslation(term == null ? "terms.addTitle" : "terms.changeTitle",
                term == null ? "" : term.name()));
        name.setValue(term == null ? "" : term.name());
        startsOn.setValue(term == null ? null : term.startsOn());
        endsOn.setValue(term == null ? null : term.endsOn());
        halfTermStartsOn.setValue(term == null ? null : term.halfTermStartsOn());
        halfTermEndsOn.setValue(term == null ? null : term.halfTermEndsOn());
        cancel.setVisible(term != null);
        if (term != null) {
            name.focus();
        }
    }

    private void showList() {
        listed.removeAll();
        listed.add(new H2(getTranslation("terms.listTitle")));
        List<SchoolTermEntry> all = terms.all();
        if (all.isEmpty()) {
            listed.add(new Paragraph(getTranslation("terms.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("term-list");
        LocalDate previousEnd = null;
        for (SchoolTermEntry entry : all) {
            if (previousEnd != null && entry.term().startsOn().isAfter(previousEnd.plusDays(1))) {
                list.add(new ListItem(new Paragraph(getTranslation("terms.holiday",
                        span(previousEnd.plusDays(1), entry.term().startsOn().minusDays(1))))));
            }
            list.add(item(entry));
            previousEnd = entry.term().endsOn();
        }
        listed.add(list);
    }

    private ListItem item(SchoolTermEntry entry) {
        TermDates.Term term = entry.term();
        ListItem item = new ListItem(new Paragraph(getTranslation("terms.term", term.name(),
                span(term.startsOn(), term.endsOn()))));
        if (term.halfTermStartsOn() != null && term.halfTermEndsOn() != null) {
            item.add(new Paragraph(getTranslation("terms.halfTerm", span(term.halfTermStartsOn(),
                    term.halfTermEndsOn()))));
        }
        Button change = new Button(getTranslation("terms.change"), click -> edit(entry));
        change.setAriaLabel(getTranslation("terms.change") + ": " + term.name());
        Button remove = new Button(getTranslation("terms.remove"), click -> {
            terms.remove(entry.id());
            feedback.done(getTranslation("terms.removed", term.name()));
            edit(null);
            showList();
        });
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("terms.remove") + ": " + term.name());
        item.add(change, remove);
        return item;
    }

    private String span(LocalDate from, LocalDate to) {
        Locale locale = getLocale();
        return getTranslation("terms.span", dates.day(from, locale), dates.day(to, locale));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("terms.title");
    }
}
