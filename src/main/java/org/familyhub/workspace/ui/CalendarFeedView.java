package org.familyhub.workspace.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.shared.DateText;
import org.familyhub.shared.Ids;
import org.familyhub.shared.SavedWords;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.workspace.ListingCalendarFeeds;
import org.familyhub.workspace.ListingCalendarFeeds.ListingFeed;
import org.familyhub.workspace.calendar.CalendarFeed;
import org.jspecify.annotations.Nullable;

/**
 * The iCalendar feed address of a listing: the portal pulls it every few hours and its events become the service's
 * sessions, beside the ones written by hand. Shows when it was last pulled and what came of it, so a provider can
 * see a broken feed without asking.
 */
@Route(value = "workspace/calendar-feed", layout = MainLayout.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PROVIDER})
class CalendarFeedView extends OnTheListingView {

    private final ListingCalendarFeeds feeds;
    private final DateText dates;
    private final TextField address = new TextField();
    private final Button save = new Button();
    private final Button remove = new Button();

    CalendarFeedView(ListingCalendarFeeds feeds, DateText dates) {
        this.feeds = feeds;
        this.dates = dates;
        addClassName("workspace-calendar-feed");
        address.setLabel(getTranslation("editor.calendarFeed.address"));
        address.setHelperText(getTranslation("editor.calendarFeed.addressHelp"));
        address.setMaxLength(ListingCalendarFeeds.ADDRESS_LENGTH);
        address.setWidthFull();
        save.setText(getTranslation("editor.calendarFeed.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> attempt(() -> {
            feeds.set(id(), address.getValue());
            feedback.done(getTranslation("editor.calendarFeed.saved"));
        }));
        remove.setText(getTranslation("editor.calendarFeed.remove"));
        remove.addClickListener(click -> attempt(() -> {
            feeds.remove(id());
            address.clear();
            feedback.done(getTranslation("editor.calendarFeed.removed"));
        }));
        add(new Anchor("workspace", getTranslation("editor.title")), heading,
                new Paragraph(getTranslation("editor.calendarFeed.intro")), state, feedback, address,
                new HorizontalLayout(save, remove));
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        UUID parsed = Ids.parse(id).orElseThrow(NotFoundException::new);
        ListingFeed shown = feeds.feed(parsed).orElseThrow(NotFoundException::new);
        showing(parsed);
        shown.feed().ifPresent(feed -> address.setValue(feed.url()));
        show(shown);
    }

    private void show(ListingFeed shown) {
        heading.setText(getTranslation("editor.calendarFeed.title", shown.listing().name()));
        state.setText(shown.feed().map(this::lastPull).orElse(getTranslation("editor.calendarFeed.none")));
        remove.setEnabled(shown.feed().isPresent());
    }

    private String lastPull(CalendarFeed feed) {
        if (feed.lastPulledAt() == null) {
            return getTranslation("editor.calendarFeed.notYet");
        }
        String when = dates.dateTime(feed.lastPulledAt(), getLocale());
        SavedWords error = feed.lastError();
        return error == null ? getTranslation("editor.calendarFeed.pulled", when, say(feed.lastStatus()))
                : getTranslation("editor.calendarFeed.failed", when, say(error));
    }

    /** How the pull went in this page's language (an older feed's English words as they were written). */
    private String say(@Nullable SavedWords words) {
        return words == null ? "" : words.say((key, values) -> getTranslation(key, values),
                date -> dates.date(date, getLocale()));
    }

    private void attempt(Runnable action) {
        feedback.attempt(getTranslation("editor.problems"), () -> {
            try {
                action.run();
            } catch (IllegalArgumentException e) {
                feedback.problems(getTranslation("editor.problems"),
                        List.of(getTranslation("editor.calendarFeed.badAddress")));
                return;
            }
            feeds.feed(id()).ifPresent(this::show);
        });
    }
}
