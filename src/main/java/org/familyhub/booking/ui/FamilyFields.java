package org.familyhub.booking.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.booking.InvalidBookingException;

/**
 * What both booking forms ask of a family (a place on a course, a place on the programme's list): a name,
 * an e-mail address, a phone number, the children's ages and consent to be contacted, with the line that
 * says what went wrong. Each field is known by the name the booking rules use, so a mistake is marked on the
 * field it is about; a form adds its own fields to that list with {@link #alsoChecks}.
 */
final class FamilyFields {

    /** The words that differ between the two forms. */
    record Wording(String emailHelp, String phone, String consent, boolean emailRequired) {
    }

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField ages = new TextField();
    final Checkbox consent = new Checkbox();
    final Paragraph problem = new Paragraph();
    private final Component view;
    private final Map<String, HasValidation> byRule = new LinkedHashMap<>();

    FamilyFields(Component view, String idPrefix, Wording wording) {
        this.view = view;
        name.setId(idPrefix + "-name");
        email.setId(idPrefix + "-email");
        phone.setId(idPrefix + "-phone");
        ages.setId(idPrefix + "-ages");
        consent.setId(idPrefix + "-consent");
        name.setLabel(view.getTranslation("booking.book.name"));
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(view.getTranslation("booking.book.email"));
        email.setHelperText(view.getTranslation(wording.emailHelp()));
        email.setRequiredIndicatorVisible(wording.emailRequired());
        phone.setLabel(view.getTranslation(wording.phone()));
        phone.setAutocomplete(Autocomplete.TEL);
        ages.setLabel(view.getTranslation("booking.book.ages"));
        ages.setHelperText(view.getTranslation("booking.book.agesHelp"));
        ages.setRequiredIndicatorVisible(true);
        consent.setLabel(view.getTranslation(wording.consent()));
        widen(name, email, phone, ages);
        problem.addClassNames("notice", "notice-warning");
        problem.getElement().setAttribute("role", "alert");
        alsoChecks("parentName", name);
        alsoChecks("email", email);
        alsoChecks("phone", phone);
        alsoChecks("childrenAges", ages);
        alsoChecks("consentToContact", consent);
    }

    /** A form's own field, marked when the booking rules name it. */
    void alsoChecks(String rule, HasValidation field) {
        byRule.put(rule, field);
    }

    /** The family's fields in the order they are asked, after the problem line. */
    Component[] shown() {
        return new Component[] {problem, name, email, phone, ages};
    }

    /** A new showing of the form starts empty: nothing is left from the last family in this tab. */
    void clear() {
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {name, email, phone, ages, consent}) {
            field.clear();
        }
        clearErrors();
    }

    void clearErrors() {
        problem.setVisible(false);
        byRule.values().forEach(field -> field.setInvalid(false));
    }

    /** The rule's message, on its field and in the problem line above the form. */
    void show(InvalidBookingException invalid) {
        String message = view.getTranslation(invalid.key());
        HasValidation field = byRule.get(invalid.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        showProblem(message);
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /** Fields as wide as a line of text can comfortably be read, each on its own line. */
    static void widen(Component... fields) {
        for (Component field : fields) {
            field.getElement().getStyle().set("width", "100%");
            field.getElement().getStyle().set("max-width", "32rem");
            field.getElement().getStyle().set("display", "block");
        }
    }

    /** The line both forms show: a family in danger should not wait for a course. */
    static Paragraph safeguarding(Component view, String frontDoorPhone) {
        Paragraph safeguarding = notice(view.getTranslation("booking.safeguarding", frontDoorPhone), "notice-warning");
        safeguarding.addClassName("safeguarding");
        return safeguarding;
    }

    static Paragraph notice(String text, String kind) {
        Paragraph notice = new Paragraph(text);
        notice.addClassNames("notice", kind);
        notice.getElement().setAttribute("role", "note");
        return notice;
    }
}
