package org.familyhub.childcare.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
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
import org.familyhub.childcare.Days;
import org.familyhub.childcare.Entitlement;
import org.familyhub.childcare.FindChildcare;
import org.familyhub.childcare.FindChildcare.Criteria;
import org.familyhub.childcare.FindChildcare.Found;
import org.familyhub.childcare.FindChildcare.Result;
import org.familyhub.childcare.InvalidChildcareException;
import org.familyhub.childcare.ProviderType;
import org.familyhub.directory.Place;
import org.familyhub.shared.DateText;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.familyhub.shared.ui.PageNumbers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Find childcare, for parents: a plain GET form (so every search is a link a parent can keep or share, and it works
 * before scripts run) and the providers that fit, each with vacancies, funded hours, Ofsted grade, fees and where.
 */
@Route(value = "childcare", layout = MainLayout.class)
@AnonymousAllowed
class FindChildcareView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTENT_ID = "find-childcare";

    private final FindChildcare finder;
    private final DateText dates;
    private final PortalProperties portal;
    private final Clock clock;

    FindChildcareView(FindChildcare finder, DateText dates, PortalProperties portal, Clock clock) {
        this.finder = finder;
        this.dates = dates;
        this.portal = portal;
        this.clock = clock;
        setId(CONTENT_ID);
        addClassName("listing-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ChildcareParameters parameters = ChildcareParameters.from(event.getLocation().getQueryParameters());
        removeAll();
        add(new H1(getTranslation("childcare.find.title")));
        add(new Paragraph(getTranslation("childcare.find.intro")));
        RouterLink explainer = new RouterLink(getTranslation("childcare.find.fundedLink"), FundedHoursView.class);
        add(new Paragraph(explainer));
        Div form = new Div();
        form.setId("childcare-form");
        form.getElement().setProperty("innerHTML", formHtml(parameters));
        add(form);
        if (parameters.asked()) {
            add(results(parameters));
        }
    }

    private Component results(ChildcareParameters parameters) {
        Section section = new Section();
        section.setId("childcare-results");
        section.getElement().setAttribute("aria-labelledby", "childcare-results-heading");
        H2 heading = new H2();
        heading.setId("childcare-results-heading");
        section.add(heading);
        if (parameters.errorKey() != null) {
            heading.setText(getTranslation("childcare.find.checkAnswers"));
            Paragraph error = new Paragraph(getTranslation(parameters.errorKey()));
            error.setId("childcare-error");
            error.addClassName("error-message");
            section.add(error);
            return section;
        }
        Found found;
        try {
            found = finder.find(parameters.criteria());
        } catch (InvalidChildcareException e) {
            heading.setText(getTranslation("childcare.find.checkAnswers"));
            section.add(new Paragraph(getTranslation(e.messageKey())));
            return section;
        }
        if (found.degraded()) {
            heading.setText(getTranslation("childcare.find.unavailable"));
            section.add(new Paragraph(getTranslation("childcare.find.unavailableHelp", portal.frontDoorPhone())));
            return section;
        }
        if (found.placeNotFound()) {
            heading.setText(getTranslation("childcare.find.placeNotFound", parameters.criteria().place()));
            section.add(new Paragraph(getTranslation("childcare.find.placeHelp")));
            return section;
        }
        heading.setText(found.origin() == null
                ? getTranslation("childcare.find.count", found.total())
                : getTranslation("childcare.find.countNear", found.total(), found.origin(),
                        ChildcareParameters.format(parameters.criteria().radiusKm())));
        if (found.total() == 0) {
            section.add(new Paragraph(getTranslation("childcare.find.none")));
            return section;
        }
        FactsList facts = new FactsList(this, dates, finder::known, clock.getZone());
        UnorderedList list = new UnorderedList();
        list.addClassName("service-list");
        for (Result result : found.results()) {
            list.add(card(result, facts));
        }
        section.add(list);
        if (found.totalPages() > 1) {
            section.add(pages(parameters, found));
        }
        return section;
    }

    /**
     * A provider's card as one element whatever it says, as a service's card is ({@code ServiceCardView}): twenty
     * providers cost the server twenty elements.
     */
    private ListItem card(Result result, FactsList facts) {
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false);
        Element body = html.body();
        body.appendElement("h3").appendElement("a").attr("href", "services/" + result.hit().id())
                .text(result.hit().name());
        String where = where(result.hit().places());
        if (result.hit().distanceKm() != null) {
            where = getTranslation("childcare.find.distance", where,
                    ChildcareParameters.format(result.hit().distanceKm()));
        }
        body.appendElement("p").addClass("muted").text(where);
        facts.appendTo(body, result.facts());
        ListItem item = new ListItem();
        item.addClassName("service-card");
        item.getElement().setProperty("innerHTML", body.html());
        return item;
    }

    private String where(List<Place> places) {
        return places.stream().findFirst()
                .map(p -> p.town() == null ? String.valueOf(p.locality())
                        : p.locality() == null ? p.town() : p.town() + ", " + p.locality())
                .orElse(portal.areaName());
    }

    private Component pages(ChildcareParameters parameters, Found found) {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("childcare.find.pages"));
        UnorderedList links = new UnorderedList();
        int previous = 0;
        for (int page : PageNumbers.shown(found.page(), found.totalPages())) {
            if (page > previous + 1) {
                Span gap = new Span("…");
                gap.getElement().setAttribute("aria-hidden", "true");
                links.add(new ListItem(gap));
            }
            previous = page;
            if (page == found.page()) {
                Span current = new Span(String.valueOf(page));
                current.getElement().setAttribute("aria-current", "page");
                links.add(new ListItem(current));
            } else {
                RouterLink link = new RouterLink(String.valueOf(page), FindChildcareView.class);
                link.setQueryParameters(parameters.withPage(page));
                links.add(new ListItem(link));
            }
        }
        nav.add(links);
        return nav;
    }

    /** The form as plain HTML with native labelled inputs, filled with what was asked. */
    private String formHtml(ChildcareParameters parameters) {
        Criteria c = parameters.criteria();
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element form = document.body().appendElement("form").attr("action", "childcare").attr("method", "get")
                .addClass("childcare-form");
        field(form, "childcare-place", "place", c.place(), "text", "childcare.form.place", "childcare.form.placeHint");
        field(form, "childcare-km", "km", parameters.km(), "number", "childcare.form.km", null);
        Element age = fieldset(form, "childcare.form.age");
        age.appendElement("p").addClass("search-hint").id("childcare-age-hint")
                .text(getTranslation("childcare.form.ageHint"));
        field(age, "childcare-years", "years", parameters.years(), "number", "childcare.form.years", null);
        field(age, "childcare-months", "months", parameters.months(), "number", "childcare.form.months", null);
        Element days = fieldset(form, "childcare.form.days");
        for (String day : Days.ALL) {
            checkbox(days, "childcare-day-" + day, "day", day, c.days().contains(day),
                    getTranslation("childcare.day." + day));
        }
        Element funded = fieldset(form, "childcare.form.funded");
        for (Entitlement e : Entitlement.values()) {
            checkbox(funded, "childcare-funded-" + e.code(), "funded", e.code(), c.funded().contains(e.code()),
                    getTranslation("childcare.funded." + e.code()));
        }
        Element types = fieldset(form, "childcare.form.type");
        for (ProviderType type : ProviderType.values()) {
            checkbox(types, "childcare-type-" + type.code(), "type", type.code(), c.types().contains(type.code()),
                    getTranslation("childcare.type." + type.code()));
        }
        Element more = fieldset(form, "childcare.form.more");
        checkbox(more, "childcare-vacancy", "vacancy", "now", c.vacancyNow(), getTranslation("childcare.form.vacancy"));
        checkbox(more, "childcare-send", "send", "yes", c.send(), getTranslation("childcare.form.send"));
        form.appendElement("button").attr("type", "submit").id("childcare-submit").addClass("search-submit")
                .text(getTranslation("childcare.form.submit"));
        return document.body().html();
    }

    private Element fieldset(Element parent, String legendKey) {
        Element fieldset = parent.appendElement("fieldset").addClass("facet");
        fieldset.appendElement("legend").text(getTranslation(legendKey));
        return fieldset;
    }

    private void field(Element parent, String id, String name, String value, String type, String labelKey,
            @Nullable String hintKey) {
        Element field = parent.appendElement("div").addClass("search-field");
        field.appendElement("label").attr("for", id).text(getTranslation(labelKey));
        Element input = field.appendElement("input").attr("type", type).id(id).attr("name", name).val(value);
        if ("number".equals(type)) {
            input.attr("min", "0").attr("inputmode", "numeric");
        } else {
            input.attr("maxlength", "40").attr("autocomplete", "postal-code");
        }
        if (hintKey != null) {
            field.appendElement("span").addClass("search-hint").id(id + "-hint").text(getTranslation(hintKey));
            input.attr("aria-describedby", id + "-hint");
        }
    }

    private static void checkbox(Element parent, String id, String name, String value, boolean checked,
            String label) {
        Element option = parent.appendElement("div").addClass("filter-option");
        Element box = option.appendElement("input").attr("type", "checkbox").id(id).attr("name", name).val(value);
        if (checked) {
            box.attr("checked", true);
        }
        option.appendElement("label").attr("for", id).text(label);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("childcare.find.title") + " | " + portal.portalName();
    }
}
