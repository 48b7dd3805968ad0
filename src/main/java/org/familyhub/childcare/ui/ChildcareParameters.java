package org.familyhub.childcare.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.router.QueryParameters;
import org.familyhub.childcare.Days;
import org.familyhub.childcare.Entitlement;
import org.familyhub.childcare.FindChildcare;
import org.familyhub.childcare.FindChildcare.Criteria;
import org.familyhub.childcare.ProviderType;
import org.jspecify.annotations.Nullable;

/**
 * The Find childcare page's address: {@code childcare?place=Crewe&km=5&years=1&months=6&day=TU&funded=working-parent
 * &vacancy=now&type=childminder&send=yes&page=2}. Read leniently where a value is only unknown (it is left out)
 * and strictly where a parent typed it (a number that is not one is a message, and nothing is searched).
 *
 * @param errorKey the message for the first bad value, or null
 */
record ChildcareParameters(Criteria criteria, boolean asked, @Nullable String errorKey, String years, String months,
        String km) {

    static final double MAX_KM = 50;
    static final int MAX_MONTHS_ALONE = 215;

    static ChildcareParameters from(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        String place = first(p, "place").strip();
        String kmText = first(p, "km").strip();
        String yearsText = first(p, "years").strip();
        String monthsText = first(p, "months").strip();
        String error = null;
        double km = FindChildcare.DEFAULT_RADIUS_KM;
        if (!kmText.isEmpty()) {
            Double parsed = number(kmText);
            if (parsed == null || parsed <= 0 || parsed > MAX_KM) {
                error = "childcare.error.km";
            } else {
                km = parsed;
            }
        }
        Integer age = null;
        if (!yearsText.isEmpty() || !monthsText.isEmpty()) {
            Double years = yearsText.isEmpty() ? Double.valueOf(0) : number(yearsText);
            Double months = monthsText.isEmpty() ? Double.valueOf(0) : number(monthsText);
            // A baby's age is given in months alone (an 18-month-old); with years, months are the rest of a year.
            int maxMonths = yearsText.isEmpty() ? MAX_MONTHS_ALONE : 11;
            if (years == null || months == null || years < 0 || years > 17 || months < 0 || months > maxMonths
                    || years != Math.rint(years) || months != Math.rint(months)) {
                error = error == null ? "childcare.error.age" : error;
            } else {
                age = (int) (years * 12 + months);
            }
        }
        Set<String> days = known(p.get("day"), Days.ALL);
        Set<String> funded = known(p.get("funded"),
                java.util.Arrays.stream(Entitlement.values()).map(Entitlement::code).toList());
        Set<String> types = known(p.get("type"),
                java.util.Arrays.stream(ProviderType.values()).map(ProviderType::code).toList());
        boolean vacancy = "now".equals(first(p, "vacancy"));
        boolean send = "yes".equals(first(p, "send"));
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(first(p, "page").isEmpty() ? "1" : first(p, "page")));
        } catch (NumberFormatException e) {
            page = 1;
        }
        boolean asked = !p.isEmpty();
        return new ChildcareParameters(new Criteria(place, km, age, days, funded, vacancy, types, send, page), asked,
                error, yearsText, monthsText, kmText);
    }

    QueryParameters withPage(int page) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        Criteria c = criteria;
        put(p, "place", c.place());
        put(p, "km", km);
        put(p, "years", years);
        put(p, "months", months);
        p.put("day", Days.ALL.stream().filter(c.days()::contains).toList());
        p.put("funded", List.copyOf(new java.util.TreeSet<>(c.funded())));
        if (c.vacancyNow()) {
            p.put("vacancy", List.of("now"));
        }
        p.put("type", List.copyOf(new java.util.TreeSet<>(c.types())));
        if (c.send()) {
            p.put("send", List.of("yes"));
        }
        if (page > 1) {
            p.put("page", List.of(String.valueOf(page)));
        }
        p.values().removeIf(List::isEmpty);
        return new QueryParameters(p);
    }

    static String format(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.format(java.util.Locale.ROOT, "%.1f", km);
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        if (!value.isBlank()) {
            p.put(name, List.of(value));
        }
    }

    private static Set<String> known(@Nullable List<String> values, List<String> allowed) {
        Set<String> found = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(allowed::contains).forEach(found::add);
        }
        return found;
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static @Nullable Double number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
