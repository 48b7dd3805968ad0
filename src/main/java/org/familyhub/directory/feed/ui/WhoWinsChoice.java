package org.familyhub.directory.feed.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.familyhub.directory.feed.FeedImport;
import org.familyhub.directory.feed.FeedImport.FeedSummary;
import org.familyhub.directory.feed.WhoWins;

/**
 * On a feed's page: who wins when the feed changes a field an editor changed in the portal — the local edit (the
 * default; the field stays as the editor left it until they release it) or the feed.
 */
class WhoWinsChoice extends Section {

    private final FeedImport feeds;
    private final FeedSummary feed;
    private final RadioButtonGroup<WhoWins> choice = new RadioButtonGroup<>();
    private final Paragraph saved = new Paragraph();

    WhoWinsChoice(FeedImport feeds, FeedSummary feed) {
        this.feeds = feeds;
        this.feed = feed;
        setId("feed-who-wins");
        choice.setId("feed-who-wins-choice");
        choice.setLabel(getTranslation("feeds.whoWins.label"));
        choice.setItems(WhoWins.values());
        choice.setItemLabelGenerator(rule -> getTranslation("feeds.whoWins." + rule.code()));
        choice.setValue(WhoWins.ofCode(feed.whoWins()).orElse(WhoWins.LOCAL_EDITS));
        saved.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("feeds.whoWins.save"), click -> save());
        save.setId("feed-who-wins-save");
        add(new H2(getTranslation("feeds.whoWins.title")), new Paragraph(getTranslation("feeds.whoWins.help")),
                choice, save, saved);
    }

    private void save() {
        WhoWins rule = choice.getValue() == null ? WhoWins.LOCAL_EDITS : choice.getValue();
        choice.setValue(WhoWins.ofCode(feeds.changeWhoWins(feed.id(), rule).whoWins()).orElse(rule));
        saved.setText(getTranslation("feeds.whoWins.saved"));
    }
}
