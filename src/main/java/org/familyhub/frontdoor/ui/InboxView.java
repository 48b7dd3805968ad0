package org.familyhub.frontdoor.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.directory.LocalitySummary;
import org.familyhub.frontdoor.Due;
import org.familyhub.frontdoor.Inbox;
import org.familyhub.frontdoor.InboxFilter;
import org.familyhub.frontdoor.InboxPage;
import org.familyhub.frontdoor.InboxSort;
import org.familyhub.frontdoor.RequestStatus;
import org.familyhub.frontdoor.RequestSummary;
import org.familyhub.frontdoor.ServiceChoice;
import org.familyhub.frontdoor.Urgency;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * The front door's and providers' inbox as a work queue: one page of their requests at a time, safeguarding
 * concerns first, sorted and filtered in the database, every choice in the address so a worker can bookmark
 * "my overdue Crewe requests". Each card names the family (only for those who may open it anyway), how urgent it
 * is, where and what about in words, how long ago it came and when its next target falls.
 */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed({Roles.FRONT_DOOR, Roles.PROVIDER, Roles.EDITOR})
class InboxView extends Article implements HasDynamicTitle, BeforeEnterObserver {

    static final String STATUS = "status";
    static final String URGENCY = "urgency";
    static final String LOCALITY = "locality";
    static final String SERVICE = "service";
    static final String OVERDUE = "overdue";
    static final String SORT = "sort";
    static final String REFERENCE = "ref";
    static final String PAGE = "page";
    private static final String ALL = "";

    private final Inbox inbox;
    private final DateText dates;
    private InboxFilter filter = InboxFilter.everything();
    /** Set while the fields are filled from the address, so filling them does not navigate again. */
    private boolean reading;

    InboxView(Inbox inbox, DateText dates) {
        this.inbox = inbox;
        this.dates = dates;
        addClassName("inbox");
    }

    /** Read on every visit, not once per view instance: the inbox changes while the user works. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = read(event.getLocation().getQueryParameters());
        InboxPage page = inbox.page(filter);
        removeAll();
        add(new H1(getTranslation("frontdoor.inbox.title")));
        add(counts(page), filters(), found(page));
        if (!page.requests().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassNames("service-list", "inbox-list");
            page.requests().forEach(request -> list.add(card(request)));
            add(list, pages(page));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontdoor.inbox.title");
    }

    /** The filter a bookmarked address asks for; anything that cannot be one of the choices is left out. */
    static InboxFilter read(QueryParameters query) {
        Function<String, Optional<String>> one = name -> query.getSingleParameter(name).filter(v -> !v.isBlank());
        return new InboxFilter(one.apply(STATUS).flatMap(v -> constant(RequestStatus.class, v)).orElse(null),
                one.apply(URGENCY).flatMap(v -> constant(Urgency.class, v)).orElse(null),
                one.apply(LOCALITY).filter(v -> v.matches("[a-z0-9-]{1,60}")).orElse(null),
                one.apply(SERVICE).flatMap(InboxView::uuid).orElse(null),
                one.apply(OVERDUE).filter("yes"::equals).isPresent(),
                one.apply(REFERENCE).filter(v -> v.length() <= 20).orElse(null),
                one.apply(SORT).flatMap(v -> constant(InboxSort.class, v)).orElse(InboxSort.OLDEST),
                one.apply(PAGE).filter(v -> v.matches("[0-9]{1,6}")).map(Integer::parseInt).orElse(1));
    }

    /** The address of a filter: only what differs from the inbox as it opens, in small letters. */
    static QueryParameters write(InboxFilter filter) {
        Map<String, String> query = new LinkedHashMap<>();
        if (filter.status() != null) {
            query.put(STATUS, lower(filter.status()));
        }
        if (filter.urgency() != null) {
            query.put(URGENCY, lower(filter.urgency()));
        }
        if (filter.locality() != null) {
            query.put(LOCALITY, filter.locality());
        }
        if (filter.service() != null) {
            query.put(SERVICE, filter.service().toString());
        }
        if (filter.overdue()) {
            query.put(OVERDUE, "yes");
        }
        if (filter.reference() != null) {
            query.put(REFERENCE, filter.reference());
        }
        if (filter.sort() != InboxSort.OLDEST) {
            query.put(SORT, lower(filter.sort()));
        }
        if (filter.page() > 1) {
            query.put(PAGE, Integer.toString(filter.page()));
        }
        return QueryParameters.simple(query);
    }

    private Component counts(InboxPage page) {
        Nav nav = new Nav();
        nav.addClassName("inbox-counts");
        nav.getElement().setAttribute("aria-label", getTranslation("frontdoor.inbox.byStatus"));
        UnorderedList list = new UnorderedList();
        long all = page.byStatus().values().stream().mapToLong(Long::longValue).sum();
        list.add(new ListItem(countLink(null, getTranslation("frontdoor.inbox.allCount", all))));
        for (RequestStatus status : RequestStatus.values()) {
            long count = page.byStatus().getOrDefault(status, 0L);
            list.add(new ListItem(countLink(status, getTranslation("frontdoor.inbox.statusCount",
                    getTranslation("frontdoor.status." + status.name()), count))));
        }
        nav.add(list);
        return nav;
    }

    private RouterLink countLink(@Nullable RequestStatus status, String text) {
        RouterLink link = new RouterLink(text, InboxView.class);
        link.setQueryParameters(write(new InboxFilter(status, filter.urgency(), filter.locality(), filter.service(),
                filter.overdue(), filter.reference(), filter.sort(), 1)));
        if (status == filter.status()) {
            link.getElement().setAttribute("aria-current", "page");
        }
        return link;
    }

    private Component filters() {
        reading = true;
        Select<String> status = choice("frontdoor.inbox.filterStatus", filter.status() == null ? ALL
                : filter.status().name(), Arrays.stream(RequestStatus.values()).map(Enum::name).toList(),
                code -> getTranslation("frontdoor.status." + code));
        Select<String> urgency = choice("frontdoor.inbox.filterUrgency", filter.urgency() == null ? ALL
                : filter.urgency().name(), Arrays.stream(Urgency.values()).map(Enum::name).toList(),
                code -> getTranslation("frontdoor.urgency." + code));
        List<LocalitySummary> localities = inbox.localities();
        Select<String> locality = choice("frontdoor.inbox.filterLocality",
                filter.locality() == null ? ALL : filter.locality(),
                localities.stream().map(LocalitySummary::code).toList(), code -> localities.stream()
                        .filter(l -> l.code().equals(code)).map(LocalitySummary::name).findFirst().orElse(code));
        ComboBox<ServiceChoice> service = new ComboBox<>(getTranslation("frontdoor.inbox.filterService"));
        service.setItems(query -> inbox.services(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        service.setItemLabelGenerator(ServiceChoice::name);
        service.setClearButtonVisible(true);
        service.setPlaceholder(getTranslation("frontdoor.inbox.all"));
        if (filter.service() != null) {
            inbox.service(filter.service()).ifPresent(service::setValue);
        }
        Checkbox overdue = new Checkbox(getTranslation("frontdoor.inbox.onlyOverdue"), filter.overdue());
        Select<String> sort = new Select<>();
        sort.setLabel(getTranslation("frontdoor.inbox.sort"));
        sort.setItems(Arrays.stream(InboxSort.values()).map(Enum::name).toList());
        sort.setItemLabelGenerator(code -> getTranslation("frontdoor.inbox.sort." + code));
        sort.setValue(filter.sort().name());
        Runnable apply = () -> go(new InboxFilter(constant(RequestStatus.class, status.getValue()).orElse(null),
                constant(Urgency.class, urgency.getValue()).orElse(null),
                ALL.equals(locality.getValue()) ? null : locality.getValue(),
                service.getValue() == null ? null : service.getValue().id(), overdue.getValue(), filter.reference(),
                constant(InboxSort.class, sort.getValue()).orElse(InboxSort.OLDEST), 1));
        status.addValueChangeListener(change -> apply.run());
        urgency.addValueChangeListener(change -> apply.run());
        locality.addValueChangeListener(change -> apply.run());
        service.addValueChangeListener(change -> apply.run());
        overdue.addValueChangeListener(change -> apply.run());
        sort.addValueChangeListener(change -> apply.run());
        reading = false;
        Div fields = new Div(status, urgency, locality, service, sort, overdue);
        fields.addClassName("inbox-filters");
        return new Div(fields, findByReference());
    }

    private Component findByReference() {
        TextField reference = new TextField(getTranslation("frontdoor.inbox.reference"));
        reference.setHelperText(getTranslation("frontdoor.inbox.referenceHint"));
        reference.setMaxLength(20);
        reference.setValue(filter.reference() == null ? "" : filter.reference());
        Button find = new Button(getTranslation("frontdoor.inbox.find"), click -> go(new InboxFilter(null, null,
                null, null, false, reference.getValue().isBlank() ? null : reference.getValue().strip(),
                filter.sort(), 1)));
        Div block = new Div(reference, find);
        block.addClassName("inbox-find");
        block.getElement().setAttribute("role", "search");
        return block;
    }

    private Component found(InboxPage page) {
        Paragraph found = new Paragraph();
        found.getElement().setAttribute("role", "status");
        found.addClassName("inbox-found");
        boolean narrowed = !write(new InboxFilter(filter.status(), filter.urgency(), filter.locality(),
                filter.service(), filter.overdue(), filter.reference(), InboxSort.OLDEST, 1)).getParameters().isEmpty();
        if (page.total() == 0 && filter.reference() != null) {
            found.setText(getTranslation("frontdoor.inbox.noReference", filter.reference()));
        } else if (page.total() == 0) {
            found.setText(getTranslation(narrowed ? "frontdoor.inbox.noMatch" : "frontdoor.inbox.empty"));
        } else {
            found.setText(getTranslation("frontdoor.inbox.found", page.total(), page.page(), page.pages()));
        }
        if (narrowed) {
            return new Div(found, new Paragraph(new RouterLink(getTranslation("frontdoor.inbox.clear"),
                    InboxView.class)));
        }
        return found;
    }

    private ListItem card(RequestSummary request) {
        ListItem item = new ListItem();
        item.addClassName("service-card");
        String name = request.familyName() == null ? getTranslation("frontdoor.inbox.noName") : request.familyName();
        H2 title = new H2(new RouterLink(getTranslation("frontdoor.inbox.cardTitle", name, request.reference()),
                RequestView.class, request.id().toString()));
        title.addClassName("service-card-title");
        item.add(title);
        if (request.safeguarding()) {
            Span flag = new Span(getTranslation("frontdoor.inbox.safeguarding"));
            flag.addClassNames("notice", "notice-warning", "safeguarding-flag");
            item.add(new Paragraph(flag));
        }
        if (request.due() != null && request.due().overdue()) {
            Span overdue = new Span(getTranslation("frontdoor.inbox.overdue"));
            overdue.addClassNames("notice", "notice-warning", "overdue-flag");
            item.add(new Paragraph(overdue));
            item.addClassName("overdue");
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("inbox-facts");
        fact(facts, "frontdoor.request.status", RequestWords.status(this, request.status(), request.outcome()));
        fact(facts, "frontdoor.request.urgency", request.urgency() == null ? null
                : getTranslation("frontdoor.urgency." + request.urgency().name()));
        fact(facts, "frontdoor.request.locality", request.localityName());
        fact(facts, "frontdoor.request.service", request.serviceName());
        fact(facts, "frontdoor.request.team", request.team());
        fact(facts, "frontdoor.request.kind", getTranslation("frontdoor.kind." + request.kind().name()));
        fact(facts, "frontdoor.inbox.receivedTerm", received(request));
        if (request.due() != null) {
            fact(facts, "frontdoor.inbox.dueTerm", due(request.due()));
        }
        item.add(facts);
        return item;
    }

    private void fact(DescriptionList list, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(new Term(getTranslation(key)), new Description(value));
        }
    }

    /** "3 days ago (29 Nov 2026, 14:05)": how long a family has waited, then when the request came. */
    private String received(RequestSummary request) {
        long days = request.daysWaiting();
        String ago = days <= 0 ? getTranslation("frontdoor.inbox.today")
                : days == 1 ? getTranslation("frontdoor.inbox.yesterday")
                : getTranslation("frontdoor.inbox.daysAgo", days);
        return getTranslation("frontdoor.inbox.agoOn", ago, dates.dateTime(request.createdAt(), getLocale()));
    }

    private String due(Due due) {
        String by = dates.date(due.by(), getLocale());
        String key = "frontdoor.inbox.due." + due.target().name() + (due.overdue() ? ".late" : "");
        return getTranslation(key, by);
    }

    private Component pages(InboxPage page) {
        Nav nav = new Nav();
        nav.addClassName("inbox-pages");
        nav.getElement().setAttribute("aria-label", getTranslation("frontdoor.inbox.pages"));
        List<Component> links = new ArrayList<>();
        if (page.page() > 1) {
            links.add(pageLink(page.page() - 1, "frontdoor.inbox.previous"));
        }
        if (page.page() < page.pages()) {
            links.add(pageLink(page.page() + 1, "frontdoor.inbox.next"));
        }
        links.forEach(nav::add);
        return nav;
    }

    private RouterLink pageLink(int number, String key) {
        RouterLink link = new RouterLink(getTranslation(key), InboxView.class);
        link.setQueryParameters(write(new InboxFilter(filter.status(), filter.urgency(), filter.locality(),
                filter.service(), filter.overdue(), filter.reference(), filter.sort(), number)));
        return link;
    }

    private Select<String> choice(String labelKey, String value, List<String> codes, Function<String, String> words) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        List<String> items = new ArrayList<>();
        items.add(ALL);
        items.addAll(codes);
        select.setItems(items);
        select.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("frontdoor.inbox.all") : words.apply(code));
        select.setValue(items.contains(value) ? value : ALL);
        return select;
    }

    private void go(InboxFilter next) {
        if (!reading) {
            UI.getCurrent().navigate(InboxView.class, write(next));
        }
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
