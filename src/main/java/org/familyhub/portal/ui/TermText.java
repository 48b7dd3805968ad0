package org.familyhub.portal.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Span;
import org.familyhub.directory.TermNames;

/**
 * Words the page shows in English on purpose: a topic without a Polish name, and listing text as providers wrote
 * it. Marked {@code lang="en"} so a screen reader reads them with an English voice, and a Polish reader's tools
 * (and our own check) know they are not the interface's words.
 */
final class TermText {

    private TermText() {
    }

    /** A term's name or description, marked English when it had no translation. */
    static <C extends HasElement> C marked(C component, TermNames.Label label) {
        if (label.untranslated()) {
            inEnglish(component);
        }
        return component;
    }

    static Span span(TermNames.Label label) {
        return marked(new Span(label.text()), label);
    }

    /** Text written by a provider or the council in English: it stays English on a Polish page. */
    static <C extends HasElement> C inEnglish(C component) {
        component.getElement().setAttribute("lang", "en");
        return component;
    }
}
