package org.familyhub.directory.feed.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.WebAddress;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.FeedImport.FeedSummary;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;

/**
 * Administrators: the publishers whose Open Referral UK feeds the portal takes in, how each one's last pull went, and
 * a form to register another (its API's address to be pulled, or none to upload its files).
 */
@Route(value = "admin/feeds", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class FeedsView extends Div implements HasDynamicTitle {

    private final FeedImport feeds;
    private final DateText dates;
    private final Section listed = new Section();
    private final TextField name = new TextField();
    private final TextField baseUrl = new TextField();
    private final EmailField corrections = CorrectionsContact.field(this);

    FeedsView(FeedImport feeds, DateText dates) {
        this.feeds = feeds;
        this.dates = dates;
        addClassName("admin-feeds");
        listed.setId("feeds-listed");
        add(new H1(getTranslation("feeds.title")), new Paragraph(getTranslation("feeds.intro")), listed, form());
        show();
    }

    private void show() {
        listed.removeAll();
        listed.add(new H2(getTranslation("feeds.listed")));
        List<FeedSummary> all = feeds.sources();
        if (all.isEmpty()) {
            listed.add(new Paragraph(getTranslation("feeds.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("feeds-list");
        for (FeedSummary feed : all) {
            ListItem item = new ListItem(new Anchor("admin/feeds/" + feed.id(), feed.name()));
            item.add(new Paragraph(feed.baseUrl() == null ? getTranslation("feeds.uploadsOnly")
                    : getTranslation("feeds.pulledFrom", feed.baseUrl())));
            item.add(new Paragraph(feed.lastStatus() == null ? getTranslation("feeds.neverPulled")
                    : getTranslation("feeds.last", FeedWords.status(this, feed.lastStatus()),
                            feed.lastPulledAt() == null ? getTranslation("feeds.uploaded")
                                    : dates.dateTime(Instant.parse(feed.lastPulledAt()), getLocale()),
                            FeedWords.counts(this, feed.lastCounts()))));
            list.add(item);
        }
        listed.add(list);
    }

    private Section form() {
        name.setLabel(getTranslation("feeds.name"));
        name.setId("feed-name");
        name.setMaxLength(200);
        baseUrl.setLabel(getTranslation("feeds.baseUrl"));
        baseUrl.setHelperText(getTranslation("feeds.baseUrlHelp"));
        baseUrl.setId("feed-base-url");
        Paragraph done = new Paragraph();
        done.setId("feed-registered");
        done.getElement().setAttribute("role", "status");
        Button register = new Button(getTranslation("feeds.register"), click -> register(done));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setId("feed-register");
        Section form = new Section(new H2(getTranslation("feeds.add")), name, baseUrl, corrections,
                register, done);
        form.addClassName("feed-form");
        return form;
    }

    private void register(Paragraph done) {
        String words = name.getValue().strip();
        String address = baseUrl.getValue().strip();
        name.setInvalid(words.isEmpty());
        name.setErrorMessage(getTranslation("feeds.nameNeeded"));
        baseUrl.setInvalid(!address.isEmpty() && WebAddress.parse(address).isEmpty());
        baseUrl.setErrorMessage(getTranslation("feeds.baseUrlBad"));
        boolean contactOk = CorrectionsContact.check(corrections);
        if (name.isInvalid() || baseUrl.isInvalid() || !contactOk) {
            done.setText("");
            return;
        }
        FeedSummary feed = feeds.register(words, address.isEmpty() ? null : address, corrections.getValue());
        name.clear();
        baseUrl.clear();
        corrections.clear();
        done.removeAll();
        done.add(getTranslation("feeds.registered", feed.name()) + " ");
        done.add(new Anchor("admin/feeds/" + feed.id(), getTranslation("feeds.open", feed.name())));
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feeds.title");
    }
}
