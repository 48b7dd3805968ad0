package org.familyhub.folders.ui;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.PrintedEntries;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.Timetable;
import org.familyhub.folders.Folder;
import org.familyhub.folders.FolderItem;
import org.familyhub.folders.FolderRefused;
import org.familyhub.folders.Folders;
import org.familyhub.portal.EntryFacts;
import org.familyhub.portal.ListingWords;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Ids;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/**
 * One folder, {@code /folders/<id>}: its services with cost, town, next sessions and the professional's note, each
 * removable; rename, delete; print (the controls are left out of print); the shortlist's printable list to hand
 * over; and send it to the family by e-mail, in English or Polish. The owner's alone: anyone else's id is not found.
 */
@Route(value = "folders", layout = MainLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class FolderView extends Article implements HasUrlParameter<String>, HasDynamicTitle {

    static final String CONTENT_ID = "folder";

    private final Folders folders;
    private final Timetable timetable;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private final DateText dates;
    private final Paragraph status = Refusals.status("folder-status");
    private UUID id = new UUID(0, 0);
    private String title = "";

    FolderView(Folders folders, Timetable timetable, PortalProperties portal, PortalPageProperties pages,
            DateText dates) {
        this.folders = folders;
        this.timetable = timetable;
        this.portal = portal;
        this.pages = pages;
        this.dates = dates;
        setId(CONTENT_ID);
        addClassName("folder-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        id = Ids.parse(parameter).orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        Folders.Contents contents = folders.contents(id).orElseThrow(NotFoundException::new);
        Folder folder = contents.folder();
        title = folder.label();
        removeAll();
        add(new H1(getTranslation("folders.folder.title", folder.label())), status);
        Button print = new Button(getTranslation("tools.print"),
                click -> click.getSource().getElement().executeJs("window.print()"));
        print.setId("folder-print");
        Div tools = new Div(print);
        tools.addClassNames("page-tools", "no-print");
        if (!contents.entries().isEmpty()) {
            Anchor leaflet = new Anchor("shortlist?ids=" + contents.entries().stream()
                    .map(entry -> entry.service().id().toString()).collect(Collectors.joining(",")),
                    getTranslation("folders.folder.leaflet"));
            leaflet.setId("folder-leaflet");
            leaflet.getElement().setAttribute("router-ignore", true);
            tools.add(leaflet);
        }
        add(tools, services(contents), send(folder), rename(folder), delete(), back());
    }

    private Section services(Folders.Contents contents) {
        Section section = new Section(new H2(getTranslation("folders.folder.services")));
        if (contents.entries().isEmpty()) {
            section.add(new Paragraph(getTranslation("folders.folder.empty")));
            section.add(new Paragraph(new Anchor("search", getTranslation("folders.folder.find"))));
            return section;
        }
        Map<UUID, FolderItem> items = contents.items().stream()
                .collect(Collectors.toMap(FolderItem::serviceId, Function.identity()));
        ListingWords words = new ListingWords(this::getTranslation, getLocale(), portal.areaName(), timetable.today());
        EntryFacts facts = new EntryFacts(words, this::getTranslation, pages.base());
        UnorderedList list = new UnorderedList();
        list.addClassName("service-list");
        list.setId("folder-services");
        for (PrintedEntries.Entry entry : contents.entries()) {
            ServiceDetails service = entry.service();
            ListItem card = new ListItem();
            card.addClassNames("service-card", "folder-item");
            card.add(new com.vaadin.flow.component.html.H3(new Anchor("services/" + service.id(), service.name())));
            card.add(new Paragraph(getTranslation("card.cost") + ": " + words.cost(service.cost())));
            card.add(new Paragraph(getTranslation("card.where") + ": " + words.places(service.places())));
            facts.of(entry).forEach(fact -> card.add(new Paragraph(fact.label() + ": " + fact.value())));
            FolderItem item = items.get(service.id());
            if (item != null && item.note() != null) {
                card.add(new Paragraph(getTranslation("folders.folder.note", item.note())));
            }
            Button remove = new Button(getTranslation("folders.folder.remove", service.name()), click -> {
                folders.remove(id, service.id());
                show();
                status.setText(getTranslation("folders.folder.removed", service.name()));
            });
            remove.addClassNames("no-print", "folder-remove");
            card.add(remove);
            list.add(card);
        }
        section.add(list);
        return section;
    }

    private Section send(Folder folder) {
        Section section = new Section(new H2(getTranslation("folders.send.title")));
        section.addClassNames("folder-send", "no-print");
        section.add(new Paragraph(getTranslation("folders.send.intro")));
        EmailField address = new EmailField(getTranslation("folders.send.address"));
        address.setId("folder-send-address");
        address.setMaxLength(254);
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("folders.send.language"));
        language.setId("folder-send-language");
        language.setItems("en", "pl");
        language.setItemLabelGenerator(code -> getTranslation("folders.send.language." + code));
        language.setValue(Objects.requireNonNullElse(folder.familyLanguage(), "en"));
        Checkbox keep = new Checkbox(getTranslation("folders.send.keep"));
        keep.setId("folder-send-keep");
        Button send = new Button(getTranslation("folders.send.button"));
        send.setId("folder-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph result = Refusals.status("folder-send-result");
        send.addClickListener(click -> {
            try {
                String to = address.getValue();
                if (keep.getValue()) {
                    folders.recordConsent(id, to, language.getValue());
                }
                String sent = folders.send(id, to, language.getValue());
                address.clear();
                result.setText(getTranslation("folders.send.sent", sent));
            } catch (FolderRefused refused) {
                result.setText(Refusals.words(this, refused));
            }
        });
        if (folder.consentRecorded()) {
            address.setHelperText(getTranslation("folders.send.recorded", folder.familyEmail()));
            Paragraph consent = new Paragraph(getTranslation("folders.consent.recorded", folder.familyEmail(),
                    folder.consentBy(), dates.dateTime(Objects.requireNonNull(folder.consentAt()), getLocale())));
            Button withdraw = new Button(getTranslation("folders.consent.withdraw"), click -> {
                folders.withdrawConsent(id);
                show();
                status.setText(getTranslation("folders.consent.withdrawn"));
            });
            withdraw.setId("folder-withdraw-consent");
            section.add(address, language, send, result, consent, withdraw);
        } else {
            section.add(address, language, keep, send, result);
        }
        return section;
    }

    private Section rename(Folder folder) {
        Section section = new Section(new H2(getTranslation("folders.rename.title")));
        section.addClassNames("folder-rename", "no-print");
        TextField label = FoldersView.labelField();
        label.setValue(folder.label());
        Button rename = new Button(getTranslation("folders.rename.button"), click -> {
            try {
                folders.rename(id, label.getValue());
                show();
                status.setText(getTranslation("folders.rename.done"));
            } catch (FolderRefused refused) {
                status.setText(Refusals.words(this, refused));
            }
        });
        rename.setId("folder-rename");
        section.add(label, rename);
        return section;
    }

    private Section delete() {
        Section section = new Section(new H2(getTranslation("folders.delete.title")));
        section.addClassNames("folder-delete", "no-print");
        Button confirm = new Button(getTranslation("folders.delete.confirm"), click -> {
            folders.delete(id);
            getUI().ifPresent(ui -> ui.navigate(FoldersView.class));
        });
        confirm.setId("folder-delete-confirm");
        confirm.addThemeVariants(ButtonVariant.ERROR);
        confirm.setVisible(false);
        Button delete = new Button(getTranslation("folders.delete.button"), click -> {
            confirm.setVisible(true);
            confirm.focus();
        });
        delete.setId("folder-delete");
        section.add(new Paragraph(getTranslation("folders.delete.intro")), delete, confirm);
        return section;
    }

    private Paragraph back() {
        Paragraph back = new Paragraph(new Anchor("folders", getTranslation("folders.back")));
        back.addClassName("no-print");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("folders.folder.title", title) + " | " + portal.portalName();
    }
}
