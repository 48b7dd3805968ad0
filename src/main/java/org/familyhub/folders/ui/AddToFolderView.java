package org.familyhub.folders.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
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
import org.familyhub.folders.FolderRefused;
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
        add(new H1(getTranslation("folders.add.title", service.name())), status);
        TextField note = new TextField(getTranslation("folders.add.note"));
        note.setHelperText(getTranslation("folders.add.noteHelp"));
        note.setMaxLength(Folders.NOTE_LENGTH);
        note.setId("folder-add-note");
        add(note, existing(service, note), fresh(service, note),
                new Paragraph(new Anchor("services/" + service.id(), getTranslation("folders.add.back"))));
    }

    private Section existing(ServiceDetails service, TextField note) {
        Section section = new Section(new H2(getTranslation("folders.add.existing")));
        Folders.FolderPage page = folders.mine(0, OFFERED);
        if (page.folders().isEmpty()) {
            section.add(new Paragraph(getTranslation("folders.list.empty")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("folder-add-choices");
        list.addClassName("folder-choices");
        for (Folder folder : page.folders()) {
            Button add = new Button(getTranslation("folders.add.to", folder.label()),
                    click -> add(folder.id(), folder.label(), service, note.getValue()));
            add.addClassName("folder-add-to");
            list.add(new ListItem(add));
        }
        section.add(list);
        return section;
    }

    private Section fresh(ServiceDetails service, TextField note) {
        Section section = new Section(new H2(getTranslation("folders.new.title")));
        TextField label = FoldersView.labelField();
        Button create = new Button(getTranslation("folders.add.createAndAdd"));
        create.setId("folder-create-and-add");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> {
            try {
                Folder folder = folders.create(label.getValue());
                add(folder.id(), folder.label(), service, note.getValue());
            } catch (FolderRefused refused) {
                status.setText(Refusals.words(this, refused));
            }
        });
        section.add(label, create);
        return section;
    }

    private void add(UUID folder, String label, ServiceDetails service, String note) {
        try {
            folders.add(folder, service.id(), note);
            removeAll();
            add(new H1(getTranslation("folders.add.done", service.name(), label)), status);
            Anchor open = new Anchor("folders/" + folder, getTranslation("folders.add.open", label));
            open.setId("folder-open");
            add(new Paragraph(open), new Paragraph(new Anchor("search", getTranslation("folders.add.more"))),
                    new Paragraph(new Anchor("services/" + service.id(), getTranslation("folders.add.back"))));
        } catch (FolderRefused refused) {
            status.setText(Refusals.words(this, refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("folders.add.pageTitle");
    }
}
