package org.familyhub.folders.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.folders.Folder;
import org.familyhub.folders.Folders;
import org.familyhub.shared.ui.ResultCardTool;
import org.jspecify.annotations.Nullable;

/**
 * "Add Stay and Play to a folder" on each search result's card, for a signed-in professional only; nobody else's
 * cards gain an element. The button opens the {@link FolderChooser} under it, one card at a time: a page of results
 * holds twenty buttons and at most one chooser, and the professional's folders are read once a page, when a chooser
 * first opens.
 */
@org.springframework.stereotype.Component
class FolderCardTool implements ResultCardTool {

    private final CurrentUser currentUser;
    private final Folders folders;

    FolderCardTool(CurrentUser currentUser, Folders folders) {
        this.currentUser = currentUser;
        this.folders = folders;
    }

    @Override
    public Optional<PageOfCards> forPage() {
        if (currentUser.get().filter(user -> user.has(Role.PROFESSIONAL)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Cards(folders));
    }

    /** One page of results: its folders, once read, and the one card whose chooser is open. */
    private static final class Cards implements PageOfCards {

        private final Folders folders;
        private @Nullable List<Folder> offered;
        private @Nullable Control open;

        Cards(Folders folders) {
            this.folders = folders;
        }

        @Override
        public Component control(UUID serviceId, String serviceName) {
            return new Control(this, serviceId, serviceName);
        }

        List<Folder> offered() {
            if (offered == null) {
                offered = new ArrayList<>(folders.mine(0, AddToFolderView.OFFERED).folders());
            }
            return offered;
        }

        /** The folder just used comes first next time, as it would on a fresh page. */
        void used(Folder folder) {
            List<Folder> list = offered();
            list.removeIf(each -> each.id().equals(folder.id()));
            list.addFirst(folder);
        }
    }

    /** One card's button and, while it is open, its chooser; the status line says what happened. */
    private static final class Control extends Div {

        private final Cards page;
        private final UUID service;
        private final String name;
        private final Button toggle;
        private final Div panel = new Div();

        Control(Cards page, UUID service, String name) {
            this.page = page;
            this.service = service;
            this.name = name;
            addClassNames("folder-card-tool", "no-print");
            toggle = new Button(getTranslation("folders.add.title", name), click -> toggle());
            toggle.addClassName("folder-card-add");
            toggle.addThemeVariants(ButtonVariant.SMALL);
            toggle.getElement().setAttribute("aria-expanded", "false");
            panel.addClassName("folder-card-panel");
            add(toggle);
        }

        private void toggle() {
            if (panel.getParent().isPresent()) {
                close();
                return;
            }
            if (page.open != null) {
                page.open.close();
            }
            page.open = this;
            Paragraph status = Refusals.status("folder-card-status");
            panel.add(status, new FolderChooser(page.folders, page.offered(), service, "h3", status,
                    folder -> added(folder, status)));
            add(panel);
            toggle.getElement().setAttribute("aria-expanded", "true");
        }

        private void added(Folder folder, Paragraph status) {
            page.used(folder);
            // The status line stays where it is, so a screen reader hears it change; the chooser goes.
            panel.getChildren().filter(child -> child != status).toList().forEach(panel::remove);
            status.setText(getTranslation("folders.add.done", name, folder.label()));
            Anchor open = new Anchor("folders/" + folder.id(), getTranslation("folders.add.open", folder.label()));
            open.setId("folder-card-open");
            panel.add(new Paragraph(open));
            toggle.focus();
        }

        void close() {
            panel.removeAll();
            remove(panel);
            toggle.getElement().setAttribute("aria-expanded", "false");
            if (page.open == this) {
                page.open = null;
            }
        }
    }
}
