package org.familyhub.folders.ui;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.familyhub.folders.Folder;
import org.familyhub.folders.FolderRefused;
import org.familyhub.folders.Folders;

/**
 * Adding one service to a folder: a short note (optional), then one of the professional's folders or a new one. The
 * one piece of code that adds, on "Add to a folder" ({@link AddToFolderView}) and on a search result's card
 * ({@link FolderCardTool}); each says in its own way that it is done. A refusal is said in the status line given.
 */
class FolderChooser extends Div {

    private final Folders folders;
    private final UUID service;
    private final Paragraph status;
    private final Consumer<Folder> added;
    private final TextField note = new TextField();

    /**
     * @param offered the folders to offer, most recently changed first
     * @param added   told the folder the service went into
     */
    FolderChooser(Folders folders, List<Folder> offered, UUID service, String headingLevel, Paragraph status,
            Consumer<Folder> added) {
        this.folders = folders;
        this.service = service;
        this.status = status;
        this.added = added;
        addClassName("folder-chooser");
        note.setLabel(getTranslation("folders.add.note"));
        note.setHelperText(getTranslation("folders.add.noteHelp"));
        note.setMaxLength(Folders.NOTE_LENGTH);
        note.setId("folder-add-note");
        add(note, heading(headingLevel, "folders.add.existing"), existing(offered),
                heading(headingLevel, "folders.new.title"), fresh());
    }

    private Component heading(String level, String key) {
        return "h2".equals(level) ? new H2(getTranslation(key)) : new H3(getTranslation(key));
    }

    private Component existing(List<Folder> offered) {
        if (offered.isEmpty()) {
            return new Paragraph(getTranslation("folders.list.empty"));
        }
        UnorderedList list = new UnorderedList();
        list.setId("folder-add-choices");
        list.addClassName("folder-choices");
        for (Folder folder : offered) {
            Button add = new Button(getTranslation("folders.add.to", folder.label()), click -> add(folder));
            add.addClassName("folder-add-to");
            list.add(new ListItem(add));
        }
        return list;
    }

    private Div fresh() {
        TextField label = FoldersView.labelField();
        Button create = new Button(getTranslation("folders.add.createAndAdd"));
        create.setId("folder-create-and-add");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> {
            try {
                add(folders.create(label.getValue()));
            } catch (FolderRefused refused) {
                status.setText(Refusals.words(this, refused));
            }
        });
        Div fresh = new Div(label, create);
        fresh.addClassName("folder-new");
        return fresh;
    }

    private void add(Folder folder) {
        try {
            folders.add(folder.id(), service, note.getValue());
            added.accept(folder);
        } catch (FolderRefused refused) {
            status.setText(Refusals.words(this, refused));
        }
    }
}
