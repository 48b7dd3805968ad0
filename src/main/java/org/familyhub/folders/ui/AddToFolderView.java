package org.familyhub.folders.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.Directory;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.folders.Folder;
import org.familyhub.folders.Folders;
import org.familyhub.shared.Ids;
import org.familyhub.shared.ui.MainLayout;

/**
 * "Add to a folder", {@code /folders/add?service=<id>}, the page a service page's link opens for a professional:
 * one of their recent folders, or a new one, with an optional short note. Nothing of it is built on the public
 * service page itself.
 */
@Route(value = "folders/add", layout = MainLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class AddToFolderView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    /** The most recently changed folders are offered: a professional works with a family's folder while it is live. */
    static final int OFFERED = 50;

    private final Folders folders;
    private final Directory directory;
    private final Paragraph status = Refusals.status("folder-add-status");

    AddToFolderView(Folders folders, Directory directory) {
        this.folders = folders;
        this.directory = directory;
        setId("folder-add");
        addClassName("folders-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ServiceDetails service = event.getLocation().getQueryParameters().getSingleParameter("service")
                .flatMap(Ids::parse).flatMap(directory::service).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(getTranslation("folders.add.title", service.name())), status,
                new FolderChooser(folders, folders.mine(0, OFFERED).folders(), service.id(), "h2", status,
                        folder -> added(folder, service)),
                new Paragraph(new Anchor("services/" + service.id(), getTranslation("folders.add.back"))));
    }

    private void added(Folder folder, ServiceDetails service) {
        removeAll();
        add(new H1(getTranslation("folders.add.done", service.name(), folder.label())), status);
        Anchor open = new Anchor("folders/" + folder.id(), getTranslation("folders.add.open", folder.label()));
        open.setId("folder-open");
        add(new Paragraph(open), new Paragraph(new Anchor("search", getTranslation("folders.add.more"))),
                new Paragraph(new Anchor("services/" + service.id(), getTranslation("folders.add.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("folders.add.pageTitle");
    }
}
