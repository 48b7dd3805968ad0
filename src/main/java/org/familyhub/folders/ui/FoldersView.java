package org.familyhub.folders.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.folders.Folder;
import org.familyhub.folders.FolderRefused;
import org.familyhub.folders.Folders;
import org.familyhub.frontdoor.FrontDoor;
import org.familyhub.frontdoor.ReferralStatus;
import org.familyhub.frontdoor.RequestStatus;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;

/**
 * A professional's home, {@code /folders}: their folders (a page at a time, most recently changed first), a form
 * for a new one, and their latest referrals with where each stands in words, as "My referrals" says it.
 */
@Route(value = "folders", layout = MainLayout.class)
@RolesAllowed(Roles.PROFESSIONAL)
class FoldersView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 20;
    static final int REFERRALS = 10;

    private final Folders folders;
    private final FrontDoor frontDoor;
    private final DateText dates;

    FoldersView(Folders folders, FrontDoor frontDoor, DateText dates) {
        this.folders = folders;
        this.frontDoor = frontDoor;
        this.dates = dates;
        setId("folders-home");
        addClassName("folders-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int page = event.getLocation().getQueryParameters().getSingleParameter("page").map(FoldersView::number)
                .orElse(0);
        removeAll();
        add(new H1(getTranslation("folders.home.title")));
        add(newFolder(), folderList(folders.mine(page, PAGE)), referrals());
    }

    private Section newFolder() {
        Section section = new Section(new H2(getTranslation("folders.new.title")));
        section.addClassNames("folder-new", "no-print");
        TextField label = labelField();
        Paragraph status = Refusals.status("folder-new-status");
        Button create = new Button(getTranslation("folders.new.create"));
        create.setId("folder-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> {
            try {
                Folder folder = folders.create(label.getValue());
                getUI().ifPresent(ui -> ui.navigate(FolderView.class, folder.id().toString()));
            } catch (FolderRefused refused) {
                status.setText(Refusals.words(this, refused));
            }
        });
        section.add(label, create, status);
        return section;
    }

    /** The label field and its advice, the same wherever a folder is named. */
    static TextField labelField() {
        TextField label = new TextField();
        label.setLabel(label.getTranslation("folders.label"));
        label.setHelperText(label.getTranslation("folders.label.help"));
        label.setMaxLength(Folders.LABEL_LENGTH);
        label.setId("folder-label");
        return label;
    }

    private Section folderList(Folders.FolderPage page) {
        Section section = new Section(new H2(getTranslation("folders.list.title")));
        section.setId("folder-list");
        if (page.total() == 0) {
            section.add(new Paragraph(getTranslation("folders.list.empty")));
            return section;
        }
        section.add(new Paragraph(getTranslation("folders.list.count", page.total())));
        UnorderedList list = new UnorderedList();
        list.addClassName("service-list");
        for (Folder folder : page.folders()) {
            Anchor open = new Anchor("folders/" + folder.id(), folder.label());
            ListItem item = new ListItem(new H3(open), new Paragraph(getTranslation("folders.list.item",
                    folder.items(), dates.dateTime(folder.updatedAt(), getLocale()))));
            item.addClassNames("service-card", "folder-card");
            list.add(item);
        }
        section.add(list);
        Paragraph pages = new Paragraph();
        pages.addClassName("no-print");
        if (page.page() > 0) {
            pages.add(new Anchor("folders?page=" + (page.page() - 1), getTranslation("folders.list.newer")), spacer());
        }
        if (page.hasNext()) {
            pages.add(new Anchor("folders?page=" + (page.page() + 1), getTranslation("folders.list.older")));
        }
        section.add(pages);
        return section;
    }

    private static Span spacer() {
        return new Span(" ");
    }

    private Section referrals() {
        Section section = new Section(new H2(getTranslation("folders.referrals.title")));
        section.setId("folder-referrals");
        List<ReferralStatus> mine = frontDoor.myReferrals(0, REFERRALS);
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("folders.referrals.empty")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("referral-list");
            mine.forEach(referral -> list.add(new ListItem(
                    referral.reference() + (referral.serviceName() == null ? "" : ": " + referral.serviceName())
                            + " (" + status(referral) + ", " + dates.dateTime(referral.updatedAt(), getLocale())
                            + ")")));
            section.add(list);
        }
        section.add(new Paragraph(new Anchor("my-referrals", getTranslation("folders.referrals.all"))));
        return section;
    }

    /** The same words "My referrals" uses: a closed referral says how it ended. */
    private String status(ReferralStatus referral) {
        return referral.status() == RequestStatus.CLOSED && referral.outcome() != null
                ? getTranslation("frontdoor.closed." + referral.outcome().name())
                : getTranslation("frontdoor.status." + referral.status().name());
    }

    private static int number(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("folders.home.title");
    }
}
