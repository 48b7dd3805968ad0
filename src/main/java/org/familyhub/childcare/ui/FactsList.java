package org.familyhub.childcare.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Html;
import org.familyhub.childcare.ChildcareFacts;
import org.familyhub.childcare.ChildcareFacts.Fees;
import org.familyhub.childcare.Days;
import org.familyhub.childcare.Entitlement;
import org.familyhub.childcare.Vacancy;
import org.familyhub.shared.DateText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A provider's childcare facts in plain words, one line each: kind, Ofsted, ages, when open, fees, funded hours,
 * SEND and vacancies. A vacancy older than three months says "unknown" with its date instead of a number.
 */
final class FactsList {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final Component owner;
    private final DateText dates;
    private final Predicate<Vacancy> known;
    private final ZoneId zone;

    FactsList(Component owner, DateText dates, Predicate<Vacancy> known, ZoneId zone) {
        this.owner = owner;
        this.dates = dates;
        this.known = known;
        this.zone = zone;
    }

    /** The facts as one element, for the provider's service page. */
    Html of(ChildcareFacts facts) {
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false);
        appendTo(html.body(), facts);
        return new Html(html.body().child(0).outerHtml());
    }

    /**
     * The facts as a list written into HTML that is one element (a result card): a page of twenty providers was six
     * hundred server components, a list item and two spans for each of their facts.
     */
    void appendTo(Element parent, ChildcareFacts facts) {
        Element list = parent.appendElement("ul").addClass("childcare-facts");
        line(list, "childcare.fact.type", t("childcare.type." + facts.providerType().code()));
        if (facts.inspectionGrade() != null) {
            String grade = t("childcare.grade." + facts.inspectionGrade().replace(' ', '-'));
            String text = facts.inspectionDate() == null ? grade
                    : t("childcare.fact.gradeOn", grade, dates.date(facts.inspectionDate(), locale()));
            Element item = line(list, "childcare.fact.ofsted", text);
            if (facts.reportUrl() != null) {
                item.appendText(" ").appendElement("a").attr("href", facts.reportUrl())
                        .text(t("childcare.fact.report"));
            }
        } else {
            line(list, "childcare.fact.ofsted", t("childcare.fact.notInspected"));
        }
        line(list, "childcare.fact.ages", ages(facts.minAgeMonths(), facts.maxAgeMonths()));
        line(list, "childcare.fact.open", open(facts));
        if (facts.schoolRuns() != null) {
            line(list, "childcare.fact.schoolRuns", facts.schoolRuns());
        }
        line(list, "childcare.fact.fees", fees(facts.fees()));
        line(list, "childcare.fact.funded", facts.funded().isEmpty() ? t("childcare.fact.noFunded")
                : String.join("; ", facts.funded().stream().sorted(Comparator.comparing(Entitlement::ordinal))
                        .map(e -> t("childcare.funded." + e.code())).toList()));
        if (facts.sendExperience() != null) {
            line(list, "childcare.fact.send", facts.sendExperience());
        }
        line(list, "childcare.fact.vacancies", vacancies(facts.vacancies()));
    }

    private Element line(Element list, String labelKey, String text) {
        Element item = list.appendElement("li");
        item.appendElement("span").addClass("fact-label").text(t(labelKey) + ": ");
        item.appendElement("span").text(text);
        return item;
    }

    String vacancies(List<Vacancy> vacancies) {
        List<String> fresh = new ArrayList<>();
        List<Vacancy> stale = new ArrayList<>();
        vacancies.stream().sorted(Comparator.comparing((Vacancy v) -> Days.ALL.indexOf(v.day()))
                .thenComparing(v -> v.ageGroup().ordinal())).forEach(v -> {
                    if (!known.test(v)) {
                        stale.add(v);
                    } else if (v.places() > 0) {
                        fresh.add(t("childcare.vacancy", t("childcare.day." + v.day()),
                                t("childcare.ageGroup." + v.ageGroup().code()), v.places(),
                                dates.date(v.updatedAt().atZone(zone).toLocalDate(),
                                        locale())));
                    }
                });
        if (!fresh.isEmpty()) {
            return String.join("; ", fresh);
        }
        if (!stale.isEmpty()) {
            return t("childcare.vacancy.unknown");
        }
        return t("childcare.vacancy.none");
    }

    String ages(int from, int to) {
        return t("childcare.ages", age(from), age(to));
    }

    private String age(int months) {
        if (months < 24) {
            return t("childcare.months", months);
        }
        return months % 12 == 0 ? t("childcare.years", months / 12)
                : t("childcare.yearsMonths", months / 12, months % 12);
    }

    private String open(ChildcareFacts facts) {
        String days = String.join(", ", facts.openingDays().stream().map(d -> t("childcare.day." + d)).toList());
        String hours = facts.opensAt() == null || facts.closesAt() == null ? ""
                : " " + t("childcare.hours", facts.opensAt().format(HOURS), facts.closesAt().format(HOURS));
        return days + hours + ", " + t(facts.allYear() ? "childcare.allYear" : "childcare.termTime");
    }

    String fees(Fees fees) {
        List<String> parts = new ArrayList<>();
        if (fees.perHour() != null) {
            parts.add(t("childcare.fee.hour", pounds(fees.perHour())));
        }
        if (fees.perSession() != null) {
            parts.add(t("childcare.fee.session", pounds(fees.perSession())));
        }
        if (fees.perDay() != null) {
            parts.add(t("childcare.fee.day", pounds(fees.perDay())));
        }
        return parts.isEmpty() ? t("childcare.fee.ask") : String.join(", ", parts);
    }

    static String pounds(BigDecimal amount) {
        return "£" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private Locale locale() {
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Locale.UK : ui.getLocale();
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
