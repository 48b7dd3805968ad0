package org.familyhub.workspace.ui.listing;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.familyhub.directory.feed.LocalEdits;
import org.familyhub.directory.feed.LocalEdits.Locks;
import org.jspecify.annotations.Nullable;

/**
 * Editors, on a listing that came from another publisher's feed: the fields kept from the feed because an editor
 * changed them, and a button to release each (or all), after which the feed's next pull brings its values back.
 * Hidden for the portal's own listings and for everyone but editors.
 */
public class LocalEditsSection extends Section {

    private final LocalEdits localEdits;
    private final Paragraph rule = new Paragraph();
    private final UnorderedList fields = new UnorderedList();
    private final Button releaseAll = new Button();
    private final Paragraph done = new Paragraph();
    private @Nullable UUID shown;

    public LocalEditsSection(LocalEdits localEdits) {
        this.localEdits = localEdits;
        setId("listing-local-edits");
        addClassName("listing-local-edits");
        releaseAll.setText(getTranslation("editor.localEdits.releaseAll"));
        releaseAll.setId("local-edits-release-all");
        releaseAll.addClickListener(click -> {
            if (shown != null) {
                release(shown, List.of(), getTranslation("editor.localEdits.all"));
            }
        });
        done.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("editor.localEdits.title")), rule, fields, releaseAll, done);
        setVisible(false);
    }

    /** Shows the listing's locks; call only for editors (the service refuses anyone else). */
    public void show(UUID serviceId) {
        Locks locks = localEdits.locks(serviceId).orElse(null);
        setVisible(locks != null);
        shown = locks == null ? null : serviceId;
        if (locks != null) {
            draw(locks);
        }
    }

    private void draw(Locks locks) {
        rule.setText(getTranslation("editor.localEdits.rule." + locks.whoWins().code(), locks.feedName()));
        fields.removeAll();
        if (locks.fields().isEmpty()) {
            fields.add(new ListItem(getTranslation("editor.localEdits.none")));
        }
        for (String field : locks.fields()) {
            String words = getTranslation("editor.localEdits.field." + field);
            Button release = new Button(getTranslation("editor.localEdits.release", words),
                    click -> release(locks.serviceId(), List.of(field), words));
            release.addClassName("local-edits-release");
            fields.add(new ListItem(new Paragraph(words), release));
        }
        releaseAll.setVisible(locks.fields().size() > 1);
    }

    private void release(UUID serviceId, List<String> which, String words) {
        localEdits.release(serviceId, which).ifPresent(this::draw);
        done.setText(getTranslation("editor.localEdits.released", words));
    }
}
