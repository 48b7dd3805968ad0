package org.familyhub.portal.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.PrintedEntries;
import org.familyhub.directory.PrintedEntries.Entry;
import org.familyhub.directory.ServiceDetails;
import org.familyhub.directory.Timetable;
import org.familyhub.portal.EntryFacts;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.portal.ShortlistEmail;
import org.familyhub.shared.Ids;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/**
 * The family's shortlist, {@code /shortlist}: kept in their session, with no account. The link
 * {@code /shortlist?ids=…} shows the same list to anyone it is shared with; it can be printed or
 * sent to oneself by e-mail. Each entry carries what a family needs away from the screen ({@link EntryFacts}):
 * the print view and the e-mail are the list itself, not a summary of it.
 */
@Route(value = "shortlist", layout = MainLayout.class)
@AnonymousAllowed
class ShortlistView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTENT_ID = "shortlist";
    /** Enough dates to see a fortnightly session twice, or a weekly one jump over a holiday. */
    static final int SESSIONS_EACH = 3;
    private final PrintedEntries printed;
    private final PortalPageProperties pages;
    private final ShortlistEmail email;
    private final PortalProperties portal;
    private final Timetable timetable;
    private final Div content = new Div();
    private final Paragraph status = new Paragraph();
    private List<Entry> entries = List.of();
    private boolean shared;

    ShortlistView(PrintedEntries printed, PortalPageProperties pages, ShortlistEmail email, PortalProperties portal,
            Timetable timetable) {
        this.timetable = timetable;
        this.printed = printed;
        this.pages = pages;
        this.email = email;
        this.portal = portal;
        setId(CONTENT_ID);
        addClassName("shortlist-page");
        status.getElement().setAttribute("role", "status");
        status.setId("shortlist-status");
        add(new H1(getTranslation("shortlist.title")), status, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("ids", List.of());
        shared = !given.isEmpty();
        List<UUID> ids = shared ? given.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).map(Ids::parse).flatMap(Optional::stream).distinct()
                .limit(Shortlist.MAX).toList() : Shortlist.current().ids();
        show(ids);
    }

    private void show(List<UUID> ids) {
        entries = printed.entries(ids, SESSIONS_EACH);
        content.removeAll();
        if (entries.isEmpty()) {
            content.add(new Paragraph(getTranslation("shortlist.empty")),
                    new Paragraph(new RouterLink(getTranslation("shortlist.findServices"), HomeView.class)));
            return;
        }
        content.add(new Paragraph(getTranslation(shared ? "shortlist.sharedIntro" : "shortlist.intro",
                entries.size())));
        content.add(new PageTools(CONTENT_ID, null, null));
        if (shared) {
            Button keep = new Button(getTranslation("shortlist.keep"), click -> {
                entries.forEach(e -> Shortlist.current().add(e.service().id()));
                status.setText(getTranslation("shortlist.kept"));
            });
            keep.setId("shortlist-keep");
            keep.addClassName("no-print");
            content.add(keep);
        }
        ListingText text = new ListingText(this, portal.areaName(), timetable.today());
        UnorderedList list = new UnorderedList();
        list.addClassName("service-list");
        list.setId("shortlist-list");
        list.getElement().setAttribute("aria-label", getTranslation("shortlist.title"));
        EntryFacts facts = facts(text);
        for (Entry entry : entries) {
            ServiceDetails service = entry.service();
            ServiceCardView card = new ServiceCardView(ServiceCardView.Facts.of(service), text, null, null, "h2");
            card.add(new EntryFactsView(facts.of(entry)));
            if (!shared) {
                Button remove = new Button(getTranslation("shortlist.remove", service.name()), click -> {
                    Shortlist.current().remove(service.id());
                    status.setText(getTranslation("tools.removed", service.name()));
                    show(Shortlist.current().ids());
                });
                remove.addClassNames("no-print", "shortlist-remove");
                card.add(remove);
            }
            list.add(new ListItem(card));
        }
        content.add(list, shareLink(), emailForm());
    }

    private Component shareLink() {
        String link = "shortlist?ids=" + services().stream().map(s -> s.id().toString())
                .collect(Collectors.joining(","));
        Anchor anchor = new Anchor(link, getTranslation("shortlist.link"));
        anchor.setId("shortlist-share-link");
        anchor.getElement().setAttribute("router-ignore", true);
        Paragraph share = new Paragraph(anchor);
        share.addClassName("no-print");
        return share;
    }

    private Component emailForm() {
        Section form = new Section(new H2(getTranslation("shortlist.emailTitle")),
                new Paragraph(getTranslation("shortlist.emailIntro")));
        form.addClassNames("shortlist-email", "no-print");
        EmailField address = new EmailField(getTranslation("shortlist.emailLabel"));
        address.setId("shortlist-email");
        address.setMaxLength(254);
        address.setErrorMessage(getTranslation("shortlist.emailInvalid"));
        address.getElement().setAttribute("autocomplete", "email");
        Button send = new Button(getTranslation("shortlist.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("shortlist-send");
        Paragraph result = new Paragraph();
        result.setId("shortlist-email-result");
        result.getElement().setAttribute("role", "status");
        send.addClickListener(click -> {
            String to = Objects.requireNonNullElse(address.getValue(), "").strip();
            if (!ShortlistEmail.validAddress(to)) {
                address.setInvalid(true);
                result.setText(getTranslation("shortlist.emailInvalid"));
                address.focus();
                return;
            }
            address.setInvalid(false);
            email.send(to, lines(), new ShortlistEmail.Wording(getTranslation("shortlist.emailSubject",
                    portal.portalName()), getTranslation("shortlist.emailBodyIntro"),
                    getTranslation("shortlist.emailBodyShare"), getTranslation("footer.safeguarding") + " "
                            + getTranslation("footer.worried", portal.frontDoorPhone())));
            result.setText(getTranslation("shortlist.emailSent", to));
            address.clear();
        });
        form.add(address, send, result);
        return form;
    }

    private List<ShortlistEmail.Line> lines() {
        ListingText text = new ListingText(this, portal.areaName(), timetable.today());
        EntryFacts facts = facts(text);
        return entries.stream().map(entry -> {
            ServiceDetails s = entry.service();
            List<String> lines = new java.util.ArrayList<>(List.of(
                    getTranslation("card.cost") + ": " + text.cost(s.cost()),
                    getTranslation("card.where") + ": " + text.places(s.places())));
            facts.of(entry).forEach(fact -> lines.add(fact.label() + ": " + fact.value()));
            return new ShortlistEmail.Line(s.id(), s.name(), lines);
        }).toList();
    }

    private EntryFacts facts(ListingText text) {
        return new EntryFacts(text, this::getTranslation, pages.base());
    }

    List<ServiceDetails> services() {
        return entries.stream().map(Entry::service).toList();
    }

    List<Entry> entries() {
        return entries;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shortlist.title") + " | " + portal.portalName();
    }
}
