package org.familyhub.directory.feed.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import org.familyhub.directory.EmailAddress;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.FeedImport.FeedSummary;
import org.jspecify.annotations.Nullable;

/**
 * On a feed's page: where the publisher wants problem reports about its listings, and a field to change it. The
 * same e-mail rule as listings ({@link EmailAddress}), so the form and the API refuse the same addresses.
 */
class CorrectionsContact extends Section {

    private final FeedImport feeds;
    private final FeedSummary feed;
    private final Paragraph now = new Paragraph();
    private final Paragraph saved = new Paragraph();
    private final EmailField address;

    CorrectionsContact(FeedImport feeds, FeedSummary feed) {
        this.feeds = feeds;
        this.feed = feed;
        setId("feed-corrections");
        address = field(this);
        address.setValue(feed.correctionsEmail() == null ? "" : feed.correctionsEmail());
        saved.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("feeds.correctionsSave"), click -> save());
        save.setId("feed-corrections-save");
        describe(feed.correctionsEmail());
        add(new H2(getTranslation("feeds.correctionsTitle")), now, address, save, saved);
    }

    /** The address field, shared with the registration form. */
    static EmailField field(Component on) {
        EmailField field = new EmailField(on.getTranslation("feeds.corrections"));
        field.setHelperText(on.getTranslation("feeds.correctionsHelp"));
        field.setErrorMessage(on.getTranslation("feeds.correctionsBad"));
        field.setMaxLength(254);
        field.setId("feed-corrections-email");
        return field;
    }

    /** Marks the field invalid unless it is blank or an e-mail address; answers whether it may be saved. */
    static boolean check(EmailField field) {
        field.setInvalid(!EmailAddress.allowedOrBlank(field.getValue()));
        return !field.isInvalid();
    }

    private void save() {
        saved.setText("");
        if (!check(address)) {
            return;
        }
        describe(feeds.changeCorrectionsEmail(feed.id(), address.getValue()).correctionsEmail());
        saved.setText(getTranslation("feeds.correctionsSaved"));
    }

    private void describe(@Nullable String email) {
        now.setText(email == null ? getTranslation("feeds.correctionsNone") : getTranslation("feeds.correctionsTo", email));
    }
}
