package org.familyhub.folders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import org.familyhub.folders.FolderRefused;

/** The line under a folder form that says, in plain words, what happened or why it was refused. */
final class Refusals {

    private Refusals() {
    }

    static Paragraph status(String id) {
        Paragraph status = new Paragraph();
        status.setId(id);
        status.addClassName("folder-status");
        status.getElement().setAttribute("role", "status");
        return status;
    }

    static String words(Component screen, FolderRefused refused) {
        return screen.getTranslation(refused.key(), refused.values());
    }
}
