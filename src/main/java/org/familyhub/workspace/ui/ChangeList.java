package org.familyhub.workspace.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.familyhub.workspace.ChangeInWords;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a listing in words, each marked so it stands out without colour: its label in bold, the old value
 * struck through after "Was:", the new one underlined after "Now:" ({@code del}/{@code ins}, which screen
 * readers announce). Long values wrap, so it fits a phone.
 */
class ChangeList extends Div {

    ChangeList(List<ChangeInWords> changes) {
        addClassName("workspace-changes");
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("editor.changes.none")));
        }
        changes.forEach(change -> add(item(change)));
    }

    private Div item(ChangeInWords change) {
        Div item = new Div();
        item.addClassName("workspace-change");
        Paragraph label = new Paragraph();
        label.getElement().appendChild(new Element("strong").setText(change.label()));
        item.add(label, value("editor.changes.was", "del", change.before()),
                value("editor.changes.now", "ins", change.after()));
        return item;
    }

    private Paragraph value(String key, String tag, @Nullable String text) {
        Paragraph line = new Paragraph(new Span(getTranslation(key) + " "));
        line.getElement().appendChild(text == null ? new Element("em").setText(getTranslation("editor.changes.empty"))
                : new Element(tag).setText(text));
        return line;
    }
}
