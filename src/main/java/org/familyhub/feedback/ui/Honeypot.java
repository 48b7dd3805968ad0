package org.familyhub.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;

/**
 * A field people never see or reach (off screen, hidden from screen readers, out of the tab order).
 * Robots that fill every field fill this one too, and their submission is quietly dropped.
 */
class Honeypot extends Div {

    private final Input input = new Input();

    Honeypot() {
        addClassName("feedback-trap");
        getElement().setAttribute("aria-hidden", "true");
        String id = "trap-" + Integer.toHexString(System.identityHashCode(this));
        input.setId(id);
        input.getElement().setAttribute("tabindex", "-1");
        input.getElement().setAttribute("autocomplete", "off");
        input.getElement().setAttribute("name", "website");
        NativeLabel label = new NativeLabel(getTranslation("feedback.trap"));
        label.setFor(id);
        add(label, input);
    }

    String value() {
        return input.getValue();
    }

    /** For tests: what a robot would do. */
    void fill(String value) {
        input.setValue(value);
    }
}
