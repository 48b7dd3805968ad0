package org.familyhub.childcare.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.childcare.EntitlementRules;
import org.familyhub.childcare.EntitlementRules.Rule;
import org.familyhub.childcare.EntitlementRules.RuleSet;
import org.familyhub.childcare.FindChildcare;
import org.familyhub.childcare.FundedHours;
import org.familyhub.childcare.FundedHours.Answer;
import org.familyhub.childcare.FundedHours.Offer;
import org.familyhub.childcare.InvalidChildcareException;
import org.familyhub.shared.DateText;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Funded childcare hours explained in plain English, from the council's dated rules in {@code content/}, with a
 * checker ({@code childcare/funded-hours?born=2024-06-15&working=yes}): which hours a child might get now and later.
 */
@Route(value = "childcare/funded-hours", layout = MainLayout.class)
@AnonymousAllowed
class FundedHoursView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final FindChildcare childcare;
    private final DateText dates;
    private final PortalProperties portal;

    FundedHoursView(FindChildcare childcare, DateText dates, PortalProperties portal) {
        this.childcare = childcare;
        this.dates = dates;
        this.portal = portal;
        setId("funded-hours");
        addClassName("listing-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        EntitlementRules rules = childcare.rules(getLocale());
        removeAll();
        add(new H1(getTranslation("childcare.funded.title")));
        add(explainer(rules));
        String born = first(p, "born");
        boolean working = "yes".equals(first(p, "working"));
        boolean support = "yes".equals(first(p, "support"));
        Section checker = new Section(new H2(getTranslation("childcare.checker.title")));
        checker.setId("funded-checker");
        Div form = new Div();
        form.getElement().setProperty("innerHTML", formHtml(born, working, support));
        checker.add(form);
        if (!born.isBlank()) {
            checker.add(answer(born, working, support));
        }
        add(checker);
        add(new Paragraph(new RouterLink(getTranslation("childcare.funded.findLink"), FindChildcareView.class)));
    }

    private Component explainer(EntitlementRules rules) {
        Section section = new Section();
        section.setId("funded-explainer");
        RuleSet now = rules.inForceOn(childcare.rulesDate()).orElse(rules.ruleSets().get(rules.ruleSets().size() - 1));
        UnorderedList list = new UnorderedList();
        for (Rule rule : now.entitlements()) {
            list.add(new ListItem(new H3(rule.name()), new Paragraph(rule.summary())));
        }
        section.add(new Paragraph(getTranslation("childcare.funded.intro", rules.weeksPerYear())), list,
                new Paragraph(rules.termRule()), new Paragraph(rules.stretch()),
                new H2(getTranslation("childcare.funded.working")), new Paragraph(rules.workingMeans()),
                new H2(getTranslation("childcare.funded.support")), new Paragraph(rules.supportMeans()));
        Paragraph dated = new Paragraph(getTranslation("childcare.funded.dated", rules.source(),
                dates.date(rules.checkedOn(), getLocale())));
        dated.addClassName("muted");
        section.add(dated);
        return section;
    }

    private Component answer(String born, boolean working, boolean support) {
        Section section = new Section();
        section.setId("funded-answer");
        section.getElement().setAttribute("role", "status");
        LocalDate birth;
        try {
            birth = LocalDate.parse(born.strip());
        } catch (DateTimeParseException e) {
            section.add(new Paragraph(getTranslation("childcare.checker.error.date")));
            return section;
        }
        Answer answer;
        try {
            answer = childcare.check(new FundedHours.Family(birth, working, support), getLocale());
        } catch (InvalidChildcareException e) {
            section.add(new Paragraph(getTranslation(e.messageKey())));
            return section;
        }
        section.add(new H3(answer.hoursNow() == 0 ? getTranslation("childcare.checker.noneNow")
                : getTranslation("childcare.checker.hoursNow", answer.hoursNow())));
        if (!answer.now().isEmpty()) {
            UnorderedList now = new UnorderedList();
            answer.now().forEach(offer -> now.add(new ListItem(offer.name())));
            section.add(now);
        }
        if (!answer.later().isEmpty()) {
            section.add(new Paragraph(getTranslation("childcare.checker.later")));
            UnorderedList later = new UnorderedList();
            answer.later().forEach(offer -> later.add(new ListItem(later(offer))));
            section.add(later);
        }
        section.add(new Paragraph(getTranslation("childcare.checker.guide", portal.areaName())));
        return section;
    }

    private String later(Offer offer) {
        return getTranslation("childcare.checker.from", offer.name(), dates.date(offer.from(), getLocale()));
    }

    private String formHtml(String born, boolean working, boolean support) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element form = document.body().appendElement("form").attr("action", "childcare/funded-hours")
                .attr("method", "get").addClass("childcare-form");
        Element field = form.appendElement("div").addClass("search-field");
        field.appendElement("label").attr("for", "funded-born").text(getTranslation("childcare.checker.born"));
        field.appendElement("input").attr("type", "date").id("funded-born").attr("name", "born").val(born)
                .attr("autocomplete", "off");
        checkbox(form, "funded-working", "working", working, getTranslation("childcare.checker.working"));
        checkbox(form, "funded-support", "support", support, getTranslation("childcare.checker.support"));
        form.appendElement("button").attr("type", "submit").id("funded-submit").addClass("search-submit")
                .text(getTranslation("childcare.checker.submit"));
        return document.body().html();
    }

    private static void checkbox(Element parent, String id, String name, boolean checked, String label) {
        Element option = parent.appendElement("div").addClass("filter-option");
        Element box = option.appendElement("input").attr("type", "checkbox").id(id).attr("name", name).val("yes");
        if (checked) {
            box.attr("checked", true);
        }
        option.appendElement("label").attr("for", id).text(label);
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("childcare.funded.title") + " | " + portal.portalName();
    }
}
