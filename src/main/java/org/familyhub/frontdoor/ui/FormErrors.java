package org.familyhub.frontdoor.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Shows a form's mistakes the accessible way: each field marked with its own message, and a summary
 * at the top (announced by screen readers) naming every field to fix; focus moves to the first.
 */
class FormErrors extends Div {

    private final Map<String, Component> fields = new LinkedHashMap<>();

    FormErrors() {
        addClassNames("notice", "notice-warning", "form-errors");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    <T extends Component & HasValidation> T field(String name, T field) {
        field.setManualValidation(true);
        fields.put(name, field);
        return field;
    }

    void forget(String name) {
        fields.remove(name);
    }

    /** Marks the fields named in {@code errors} (name → message key) and clears the rest; true when any. */
    boolean show(Map<String, String> errors) {
        clear();
        if (errors.isEmpty()) {
            return false;
        }
        UnorderedList list = new UnorderedList();
        Component first = null;
        for (Map.Entry<String, Component> entry : fields.entrySet()) {
            String key = errors.get(entry.getKey());
            if (key == null) {
                continue;
            }
            HasValidation field = (HasValidation) entry.getValue();
            String message = getTranslation(key);
            field.setErrorMessage(message);
            field.setInvalid(true);
            list.add(new ListItem(label(entry.getValue()) + ": " + message));
            if (first == null) {
                first = entry.getValue();
            }
        }
        errors.forEach((name, key) -> {
            if (!fields.containsKey(name)) {
                list.add(new ListItem(getTranslation(key)));
            }
        });
        add(new Paragraph(getTranslation("frontdoor.ask.errorSummary")), list);
        setVisible(true);
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }

    void clear() {
        removeAll();
        setVisible(false);
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
    }

    private static String label(Component field) {
        String label = field.getElement().getProperty("label");
        return label == null ? "" : label;
    }
}
