package org.familyhub.frontdoor.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.Roles;
import org.familyhub.frontdoor.Inbox;
import org.familyhub.frontdoor.RequestSummary;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.DateText;

/**
 * The front door's and providers' inbox: their requests, safeguarding concerns first, narrowed by
 * locality and service. Only the reference and status show here; the family's details only inside.
 */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed({Roles.FRONT_DOOR, Roles.PROVIDER, Roles.EDITOR})
class InboxView extends Article implements HasDynamicTitle, BeforeEnterObserver {

    private static final String ALL = "";

    private final Inbox inbox;
    private final DateText dates;
    private List<RequestSummary> requests = List.of();
    private final Select<String> locality = new Select<>();
    private final Select<String> service = new Select<>();
    private final UnorderedList list = new UnorderedList();

    InboxView(Inbox inbox, DateText dates) {
        this.inbox = inbox;
        this.dates = dates;
        locality.addValueChangeListener(change -> render());
        service.addValueChangeListener(change -> render());
    }

    /** Read on every visit, not once per view instance: the inbox changes while the user works. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requests = inbox.list();
        removeAll();
        add(new H1(getTranslation("frontdoor.inbox.title")));
        if (requests.isEmpty()) {
            add(new Paragraph(getTranslation("frontdoor.inbox.empty")));
            return;
        }
        filter(locality, "frontdoor.inbox.filterLocality",
                requests.stream().map(RequestSummary::localityCode).distinct().sorted().toList());
        filter(service, "frontdoor.inbox.filterService",
                requests.stream().map(RequestSummary::serviceName).filter(Objects::nonNull).distinct().sorted().toList());
        Div filters = new Div(locality, service);
        filters.addClassName("inbox-filters");
        list.addClassName("service-list");
        add(filters, list);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("frontdoor.inbox.title");
    }

    private void filter(Select<String> select, String labelKey, List<String> values) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(ALL), values.stream()).toList());
        select.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("frontdoor.inbox.all") : value);
        select.setValue(ALL);
    }

    private void render() {
        list.removeAll();
        requests.stream()
                .filter(r -> ALL.equals(locality.getValue()) || Objects.equals(r.localityCode(), locality.getValue()))
                .filter(r -> ALL.equals(service.getValue()) || Objects.equals(r.serviceName(), service.getValue()))
                .forEach(r -> list.add(item(r)));
    }

    private ListItem item(RequestSummary request) {
        ListItem item = new ListItem();
        item.addClassName("service-card");
        H2 title = new H2(new RouterLink(getTranslation("frontdoor.inbox.open", request.reference()),
                RequestView.class, request.id().toString()));
        title.addClassName("service-card-title");
        item.add(title);
        if (request.safeguarding()) {
            Span flag = new Span(getTranslation("frontdoor.inbox.safeguarding"));
            flag.addClassNames("notice", "notice-warning", "safeguarding-flag");
            item.add(new Paragraph(flag));
        }
        item.add(new Paragraph(getTranslation("frontdoor.status." + request.status().name()) + " · "
                + getTranslation("frontdoor.kind." + request.kind().name()) + " · " + request.localityCode()
                + (request.serviceName() == null ? "" : " · " + request.serviceName())
                + (request.team() == null ? "" : " · " + request.team())));
        item.add(new Paragraph(getTranslation("frontdoor.inbox.received",
                dates.dateTime(request.createdAt(), getLocale()))));
        return item;
    }
}
