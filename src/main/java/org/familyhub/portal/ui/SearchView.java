package org.familyhub.portal.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.directory.Directory;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.directory.Timetable;
import org.familyhub.directory.Timetable.Occurrence;
import org.familyhub.directory.TermNames;
import org.familyhub.directory.Venues;
import org.familyhub.portal.PortalPageProperties;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchResults.Hit;
import org.familyhub.search.SearchService;
import org.familyhub.search.UrgentHelp;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.ui.ResultCardTool;
import org.jspecify.annotations.Nullable;

/**
 * Search results at {@code /search?q=…}: the whole search lives in the address, so it can be shared,
 * bookmarked and reloaded. Filters show how many services each choice would find; chosen filters are
 * chips that remove themselves; the list is always complete, the map is an extra.
 */
@Route(value = "search", layout = MainLayout.class)
@AnonymousAllowed
class SearchView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTENT_ID = "search-results";

    private final SearchService search;
    private final Timetable timetable;
    private final Venues venues;
    private final PortalProperties portal;
    private final PortalPageProperties pages;
    private final FacetLabels labels;
    private final SearchForm form;
    private final List<ResultCardTool> cardTools;
    private final Div body = new Div();
    private SearchState state = SearchState.empty();
    private @Nullable SearchResults results;
    private @Nullable String focusAfter;

    SearchView(SearchService search, Directory directory, TermNames topics, Timetable timetable, Venues venues,
            PortalProperties portal, PortalPageProperties pages, List<ResultCardTool> cardTools) {
        this.search = search;
        this.cardTools = cardTools;
        this.timetable = timetable;
        this.venues = venues;
        this.portal = portal;
        this.pages = pages;
        this.labels = new FacetLabels(this, directory.localities().stream()
                .collect(Collectors.toMap(LocalitySummary::code, LocalitySummary::name)), topics.topics(getLocale()));
        this.form = new SearchForm(search, state, false);
        setId(CONTENT_ID);
        addClassName("search-page");
        body.addClassName("search-body");
        add(new H1(getTranslation("search.title")), form, new ReadAloud(CONTENT_ID), body);
    }

    SearchState state() {
        return state;
    }

    @Nullable SearchResults results() {
        return results;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.from(event.getLocation().getQueryParameters());
        form.setState(state);
        results = search.search(state.toQuery());
        if (results.page() > 1 && results.hits().isEmpty() && results.total() > 0) {
            state = state.withPage(results.totalPages());
            results = search.search(state.toQuery());
        }
        render(results);
    }

    private void render(SearchResults found) {
        body.removeAll();
        urgentHelp(found.total() > 0).ifPresent(body::add);
        body.add(status(found));
        if (found.total() > 0) {
            // Keyboard users need not TAB through every filter to reach what they searched for.
            Anchor skip = new Anchor("#result-list",
                    getTranslation("search.skipToResults"));
            skip.setId("skip-to-results");
            skip.getElement().setAttribute("router-ignore", true);
            // The page's <base> would turn "#result-list" into another address: move the focus here instead.
            skip.getElement().executeJs("this.addEventListener('click', e => { e.preventDefault();"
                    + " const list = document.getElementById('result-list'); if (list) { list.focus(); } })");
            skip.addClassName("no-print");
            body.add(new Paragraph(skip));
        }
        if (found.didYouMean() != null) {
            RouterLink suggestion = new RouterLink(found.didYouMean(), SearchView.class);
            suggestion.setQueryParameters(state.withText(found.didYouMean(), state.postcode()).toParameters());
            Paragraph didYouMean = new Paragraph(new Span(getTranslation("search.didYouMean") + " "), suggestion);
            didYouMean.addClassName("did-you-mean");
            body.add(didYouMean);
        }
        if (found.degraded()) {
            Paragraph degraded = notice(getTranslation("failure.search.degraded", portal.frontDoorPhone()));
            degraded.setId("search-degraded");
            body.add(degraded);
        } else if (state.postcode() != null && found.origin() == null) {
            body.add(notice(getTranslation("search.placeUnknown", state.postcode(), portal.areaName())));
        }
        body.add(SearchChips.understood(state, found.understood(), labels, next -> go(next, null)));
        body.add(SearchChips.filters(state, labels, next -> go(next, null)));
        Div columns = new Div();
        columns.addClassName("search-columns");
        columns.add(filters(found), found.total() == 0 ? noResults(found) : results(found));
        body.add(columns);
        // Also under "nothing found": a parent can ask to hear when something appears.
        body.add(new AlertSignUp(state.toParameters().getQueryString(), getLocale().getLanguage()));
        refocus();
    }

    /**
     * Where to get help at once, before any listing, when the words tell of someone at risk now (wanting to die,
     * domestic abuse, a child groomed or abused): a safeguarding concern comes before every automatic answer, and a
     * listing may be closed today.
     */
    private Optional<Component> urgentHelp(boolean servicesBelow) {
        Set<UrgentHelp> asked = UrgentHelp.in(state.text());
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        H2 heading = new H2(getTranslation("search.urgent.heading"));
        heading.setId("urgent-help-heading");
        Section help = new Section(heading, withNumberToCall(getTranslation("search.urgent.danger"), "999"));
        if (asked.contains(UrgentHelp.HARM_TO_SELF)) {
            help.add(withNumberToCall(getTranslation("search.urgent.harmToSelf"), "116 123"));
        }
        if (asked.contains(UrgentHelp.DOMESTIC_ABUSE)) {
            help.add(withNumberToCall(getTranslation("search.urgent.domesticAbuse"), "0808 2000 247"));
        }
        if (asked.contains(UrgentHelp.CHILD_AT_RISK)) {
            help.add(withNumberToCall(getTranslation("search.urgent.childAtRisk"), "0808 800 5000"));
            // The one searching may be the child: "my dad hits me".
            help.add(withNumberToCall(getTranslation("search.urgent.childline"), "0800 1111"));
        }
        if (asked.contains(UrgentHelp.SEXUAL_VIOLENCE)) {
            help.add(withNumberToCall(getTranslation("search.urgent.sexualViolence"), "0808 500 2222"));
        }
        // "The services below can help too" only when there are some: the directory lists no service for rape.
        help.add(withNumberToCall(getTranslation(servicesBelow ? "search.urgent.frontDoor"
                : "search.urgent.frontDoorOnly", portal.frontDoorPhone()),
                portal.frontDoorPhone()));
        help.setId("urgent-help");
        help.addClassNames("notice", "notice-warning", "urgent-help");
        help.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return Optional.of(help);
    }

    /** The sentence with its number as a link that rings it on a phone, kept on one line. */
    private static Paragraph withNumberToCall(String sentence, String number) {
        int at = sentence.indexOf(number);
        if (at < 0) {
            return new Paragraph(sentence);
        }
        Anchor call = new Anchor("tel:" + number.replace(" ", ""), number);
        call.addClassName("phone-number");
        return new Paragraph(new Text(sentence.substring(0, at)), call,
                new Text(sentence.substring(at + number.length())));
    }

    private Component status(SearchResults found) {
        String words = state.text().isEmpty() ? "" : getTranslation("search.forWords", state.text());
        String near = found.origin() == null ? "" : getTranslation("search.nearPlace",
                "your location".equals(found.origin().label()) ? getTranslation("search.yourLocation")
                        : found.origin().label());
        String someWords = found.someWordsOnly() ? " " + getTranslation("search.someWordsOnly") : "";
        Paragraph status = new Paragraph(getTranslation("search.count", found.total()) + words + near + "." + someWords);
        status.setId("result-count");
        status.addClassName("result-count");
        status.getElement().setAttribute("role", "status");
        // Where the focus goes after the filters are applied: the family hears what they found.
        status.getElement().setAttribute("tabindex", "-1");
        return status;
    }

    private Component filters(SearchResults found) {
        boolean near = state.hasOrigin() || found.origin() != null;
        return new FilterPanel(state, found, labels, near, timetable.today(), chosen -> search.count(chosen.toQuery()),
                chosen -> go(chosen, "result-count"));
    }

    private Component results(SearchResults found) {
        Div column = new Div();
        column.addClassName("results");
        column.add(viewSwitch());
        if (state.map()) {
            column.add(map(found.hits()));
        }
        Map<UUID, Occurrence> next = timetable.nextSessions(found.hits().stream().map(Hit::id).toList());
        ListingText text = new ListingText(this, portal.areaName(), timetable.today());
        UnorderedList list = new UnorderedList();
        list.addClassName("service-list");
        list.setId("result-list");
        list.getElement().setAttribute("tabindex", "-1");
        list.getElement().setAttribute("aria-label", getTranslation("list.label"));
        // Asked once for the page: a professional's "Add to a folder"; nothing at all for anyone else.
        List<ResultCardTool.PageOfCards> controls = cardTools.stream().map(ResultCardTool::forPage)
                .flatMap(java.util.Optional::stream).toList();
        for (int i = 0; i < found.hits().size(); i++) {
            Hit hit = found.hits().get(i);
            ServiceCardView card = new ServiceCardView(ServiceCardView.Facts.of(hit, labels, found.origin()), text, next.get(hit.id()),
                    found.origin() != null ? hit.distanceKm() : null, "h2");
            if (state.map()) {
                card.number(i + 1);
            }
            controls.forEach(page -> card.add(page.control(hit.id(), hit.name())));
            list.add(new ListItem(card));
        }
        column.add(list, pages(found));
        return column;
    }

    private Component viewSwitch() {
        Nav views = new Nav();
        views.addClassNames("view-switch", "no-print");
        views.getElement().setAttribute("aria-label", getTranslation("search.view"));
        RouterLink list = new RouterLink(getTranslation("search.viewList"), SearchView.class);
        list.setQueryParameters(state.withMap(false).toParameters());
        RouterLink map = new RouterLink(getTranslation("search.viewMap"), SearchView.class);
        map.setQueryParameters(state.withMap(true).toParameters());
        (state.map() ? map : list).getElement().setAttribute("aria-current", "page");
        list.setId("view-list");
        map.setId("view-map");
        views.add(list, map);
        return views;
    }

    private Component map(List<Hit> hits) {
        Map<UUID, String> names = hits.stream().collect(Collectors.toMap(Hit::id, Hit::name, (a, b) -> a));
        Map<UUID, Integer> numbers = new java.util.HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            numbers.put(hits.get(i).id(), i + 1);
        }
        List<MapView.Marker> markers = venues.points(names.keySet()).stream()
                .map(p -> new MapView.Marker(p.latitude(), p.longitude(), names.get(p.serviceId()),
                        String.valueOf(numbers.get(p.serviceId()))))
                .toList();
        return new MapView(pages, markers, getTranslation("search.mapLabel"));
    }

    private Component pages(SearchResults found) {
        Nav nav = new Nav();
        nav.addClassName("pagination");
        nav.getElement().setAttribute("aria-label", getTranslation("search.pages"));
        if (found.totalPages() <= 1) {
            nav.setVisible(false);
            return nav;
        }
        if (state.page() > 1) {
            nav.add(pageLink(getTranslation("search.previous"), state.page() - 1, "page-previous"));
        }
        Span where = new Span(getTranslation("search.pageOf", state.page(), found.totalPages()));
        where.addClassName("page-of");
        nav.add(where);
        if (state.page() < found.totalPages()) {
            nav.add(pageLink(getTranslation("search.next"), state.page() + 1, "page-next"));
        }
        return nav;
    }

    private RouterLink pageLink(String text, int page, String id) {
        RouterLink link = new RouterLink(text, SearchView.class);
        link.setQueryParameters(state.withPage(page).toParameters());
        link.setId(id);
        return link;
    }

    /** No dead end: a spelling, fewer filters, nearby, or a person to ask. */
    private Component noResults(SearchResults found) {
        Div none = new Div();
        none.addClassName("no-results");
        none.setId("no-results");
        none.add(new H2(getTranslation("search.noneTitle")));
        UnorderedList tips = new UnorderedList();
        if (found.didYouMean() != null) {
            RouterLink spelling = new RouterLink(found.didYouMean(), SearchView.class);
            spelling.setQueryParameters(state.withText(found.didYouMean(), state.postcode()).toParameters());
            tips.add(new ListItem(new Span(getTranslation("search.tipSpelling") + " "), spelling));
        }
        if (state.hasFilters()) {
            RouterLink wider = new RouterLink(getTranslation("search.tipWiden"), SearchView.class);
            wider.setQueryParameters(state.withoutFilters().toParameters());
            wider.setId("widen-search");
            tips.add(new ListItem(wider));
        }
        tips.add(new ListItem(getTranslation("search.tipFewerWords")));
        RouterLink browse = new RouterLink(getTranslation("search.tipBrowse"), HomeView.class);
        tips.add(new ListItem(browse));
        none.add(tips);
        none.add(new Paragraph(getTranslation("search.contactFis", portal.frontDoorPhone())));
        return none;
    }

    private Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassNames("notice", "notice-warning");
        notice.getElement().setAttribute("role", "alert");
        return notice;
    }

    /** Navigates to the new state; the control the family used gets the focus back after the page is redrawn. */
    private void go(SearchState next, @Nullable String focusId) {
        focusAfter = focusId;
        UI.getCurrent().navigate(SearchView.class, next.toParameters());
    }

    private void refocus() {
        if (focusAfter != null) {
            String id = focusAfter;
            focusAfter = null;
            getElement().executeJs("setTimeout(() => { const e = document.getElementById($0); if (e) e.focus(); }, 0)",
                    id);
        }
    }

    @Override
    public String getPageTitle() {
        String what = state.text().isEmpty() ? getTranslation("search.title") : getTranslation("search.titleFor",
                state.text());
        return what + " | " + portal.portalName();
    }
}
