package org.familyhub.folders.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.ServicePageSection;

/**
 * "Add to a folder" on a service page, for a signed-in professional only: a plain link to {@link AddToFolderView}.
 * For everyone else it is an empty, hidden element: the public page reads nothing more (who is signed in comes
 * from the security context, not the database).
 */
@org.springframework.stereotype.Component
class FolderSection implements ServicePageSection {

    private final CurrentUser currentUser;

    FolderSection(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Component create(UUID serviceId, String serviceName) {
        if (currentUser.get().filter(user -> user.has(Role.PROFESSIONAL)).isEmpty()) {
            Div nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        Anchor add = new Anchor("folders/add?service=" + serviceId,
                UI.getCurrent().getTranslation("folders.section.add"));
        add.setId("add-to-folder");
        add.addClassName("call-to-action");
        Paragraph paragraph = new Paragraph(add);
        paragraph.addClassNames("folder-section", "no-print");
        return paragraph;
    }
}
