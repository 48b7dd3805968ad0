package org.familyhub.portal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import org.familyhub.directory.Meetings;
import org.familyhub.search.SearchParameters;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchQuery.SortOrder;
import org.familyhub.search.SearchResults;
import org.familyhub.search.SearchResults.FacetCount;
import org.familyhub.shared.DateText;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * The search filters as one plain HTML form ({@code GET search?…}) in a native {@code <details>}: folded above
 * the results on a phone, open beside them on a wide screen. Ticking changes nothing until the family presses
 * the button, which says how many services their choice finds ("Show 12 services"); with scripts off the form
 * simply loads the results page it names.
 *
 * <p>The form's inputs are HTML, not server components: the server keeps one element for the whole panel
 * however many filters there are, and reads what was chosen from the submitted form, as any web server would.
 */
@Tag("details")
class FilterPanel extends Component {

    static final String FORM_ID = "filter-form";
    static final String APPLY_ID = "filter-apply";
    /** The browser's own reading of the form, in the same shape as the address bar's query. */
    private static final String FORM_DATA = "new URLSearchParams(new FormData(element)).toString()";
    private static final List<Double> RADII = List.of(1.0, 2.0, 5.0, 10.0, 20.0);

    private final Element form = new Element("form");
    private final SearchState state;
    private final ToLongFunction<SearchState> count;
    private final Consumer<SearchState> apply;
    private final LocalDate today;

    /**
     * @param count   how many services a state would find, for the button's words while the family ticks
     * @param apply   shows the results of the state chosen
     * @param today   the council's today, the first day the date box offers
     */
    FilterPanel(SearchState state, SearchResults found, FacetLabels labels, boolean near, LocalDate today,
            ToLongFunction<SearchState> count, Consumer<SearchState> apply) {
        this.today = today;
        this.state = state;
        this.count = count;
        this.apply = apply;
        setId("filters");
        addClassName("filters-panel");
        addClassName("no-print");
        long active = state.filters().entrySet().stream().filter(f -> !SearchState.WHEN.contains(f.getKey()))
                .mapToLong(f -> f.getValue().size()).sum() + (state.when() != null ? 1 : 0)
                + (state.freeOnly() ? 1 : 0) + (state.age() != null ? 1 : 0) + (state.radiusKm() != null ? 1 : 0);
        getElement().appendChild(new Element("summary").setText(getTranslation("search.filters", active)));
        // Open beside the results on a wide screen; folded above them on a phone, even with filters in use (the
        // summary counts them and the chips name them), so the results come first.
        getElement().executeJs("if (window.innerWidth >= 768) { this.open = true; }");
        form.setAttribute("id", FORM_ID).setAttribute("method", "get").setAttribute("action", "search")
                .setAttribute("class", "filters");
        form.setProperty("innerHTML", html(found, labels, near));
        getElement().appendChild(form);
        form.addEventListener("submit", submitted -> submit(submitted.getEventData().get(FORM_DATA).asString()))
                .addEventData(FORM_DATA).preventDefault();
        form.addEventListener("change", changed -> changed(changed.getEventData().get(FORM_DATA).asString()))
                .addEventData(FORM_DATA).debounce(250);
    }

    /** The family pressed the button: {@code formData} is the form as the browser encodes it. */
    void submit(String formData) {
        apply.accept(chosen(formData));
    }

    /** The family ticked or typed: the button says how many services the choice would show. */
    void changed(String formData) {
        form.executeJs("const button = this.querySelector('#' + $0); if (button) { button.textContent = $1; }",
                APPLY_ID, getTranslation("filter.apply", count.applyAsLong(chosen(formData))));
    }

    /** The form's fields, as HTML. */
    String formHtml() {
        return form.getProperty("innerHTML", "");
    }

    /** The state the submitted form describes: the words and place kept, the filters as ticked, page one. */
    private static SearchState chosen(String formData) {
        return SearchState.from(QueryParameters.fromString(formData));
    }

    private String html(SearchResults found, FacetLabels labels, boolean near) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Element root = document.body();
        hidden(root, "q", state.text().isEmpty() ? null : state.text());
        hidden(root, "postcode", state.postcode());
        hidden(root, "lat", state.latitude());
        hidden(root, "lon", state.longitude());
        hidden(root, "view", state.map() ? "map" : null);
        sort(root, near);
        org.jsoup.nodes.Element free = root.appendElement("div").addClass("filter-field");
        checkbox(free, "filter-free", "free", "true", state.freeOnly(),
                getTranslation("filter.freeCount", count(found, "free", "true")));
        places(root, found);
        canUse(root, found, labels);
        when(root);
        age(root);
        if (near) {
            distance(root);
        }
        for (String facet : SearchState.FACETS) {
            facet(root, facet, found, labels);
        }
        root.appendElement("div").addClass("filter-actions").appendElement("button").attr("type", "submit")
                .id(APPLY_ID).addClass("search-submit").addClass("filter-apply")
                .text(getTranslation("filter.applyResults"));
        return root.html();
    }

    private static void hidden(org.jsoup.nodes.Element root, String name, @Nullable Object value) {
        if (value != null) {
            root.appendElement("input").attr("type", "hidden").attr("name", name).val(value.toString());
        }
    }

    private void sort(org.jsoup.nodes.Element root, boolean near) {
        List<SortOrder> orders = near ? List.of(SortOrder.RELEVANCE, SortOrder.DISTANCE, SortOrder.NAME)
                : List.of(SortOrder.RELEVANCE, SortOrder.NAME);
        SortOrder current = orders.contains(state.sort()) ? state.sort() : SortOrder.RELEVANCE;
        org.jsoup.nodes.Element fieldset = root.appendElement("fieldset").addClass("facet").id("sort");
        fieldset.appendElement("legend").text(getTranslation("search.sortBy"));
        for (SortOrder order : orders) {
            String value = order.name().toLowerCase(Locale.ROOT);
            org.jsoup.nodes.Element option = fieldset.appendElement("div").addClass("filter-option");
            org.jsoup.nodes.Element radio = option.appendElement("input").attr("type", "radio").attr("name", "sort")
                    .id("sort-" + value).val(value);
            if (order == current) {
                radio.attr("checked", true);
            }
            option.appendElement("label").attr("for", "sort-" + value).text(getTranslation("sort." + order.name()));
        }
    }

    /** Shown only when some programme found has a course with a free place, or when already ticked. */
    private void places(org.jsoup.nodes.Element root, SearchResults found) {
        boolean ticked = state.filters().get(SearchState.PLACES).contains("true");
        long withPlaces = count(found, SearchState.PLACES, "true");
        if (ticked || withPlaces > 0) {
            checkbox(root.appendElement("div").addClass("filter-field"), "filter-places", SearchState.PLACES, "true",
                    ticked, getTranslation("filter.placesCount", withPlaces));
        }
    }

    /**
     * Shown once where the family lives is known (a postcode or a town): services for the residents of other
     * localities can then be left out.
     */
    private void canUse(org.jsoup.nodes.Element root, SearchResults found, FacetLabels labels) {
        boolean ticked = state.filters().get(SearchState.CAN_USE).contains("true");
        String locality = found.origin() == null ? null : found.origin().locality();
        if (ticked || locality != null) {
            checkbox(root.appendElement("div").addClass("filter-field"), "filter-can-use", SearchState.CAN_USE, "true",
                    ticked, locality == null ? getTranslation("filter.canUseChip")
                            : getTranslation("filter.canUse", labels.label("locality", locality)));
        }
    }

    /**
     * "When": any time, this week (sessions a family can go to), open now (opening hours count), or a day picked in
     * the browser's own date box, from today to as far ahead as search knows the sessions.
     */
    private void when(org.jsoup.nodes.Element root) {
        SearchQuery.When chosen = state.when();
        org.jsoup.nodes.Element fieldset = root.appendElement("fieldset").addClass("facet").id("filter-when");
        fieldset.appendElement("legend").text(getTranslation("when.legend"));
        org.jsoup.nodes.Element options = fieldset.appendElement("div").addClass("facet-options");
        String current = chosen == null ? "" : chosen.kind() == SearchQuery.When.Kind.THIS_WEEK
                ? SearchParameters.THIS_WEEK : chosen.kind() == SearchQuery.When.Kind.OPEN_NOW
                ? SearchParameters.OPEN_NOW : "dates";
        for (String value : List.of("", SearchParameters.THIS_WEEK, SearchParameters.OPEN_NOW)) {
            String id = "filter-when-" + (value.isEmpty() ? "any" : value);
            org.jsoup.nodes.Element option = options.appendElement("div").addClass("filter-option");
            org.jsoup.nodes.Element radio = option.appendElement("input").attr("type", "radio")
                    .attr("name", SearchParameters.WHEN).id(id).val(value);
            if (value.equals(current)) {
                radio.attr("checked", true);
            }
            option.appendElement("label").attr("for", id).text(getTranslation("when." + (value.isEmpty() ? "any"
                    : value.equals(SearchParameters.THIS_WEEK) ? "thisWeek" : "openNow")));
        }
        org.jsoup.nodes.Element day = fieldset.appendElement("div").addClass("filter-field");
        day.appendElement("label").attr("for", "filter-when-on").text(getTranslation("when.onLabel"));
        day.appendElement("span").id("filter-when-on-hint").addClass("search-hint")
                .text(getTranslation("when.onHint"));
        org.jsoup.nodes.Element input = day.appendElement("input").attr("type", "date").id("filter-when-on")
                .attr("name", SearchParameters.ON).attr("min", today.toString())
                .attr("max", today.plusDays(Meetings.SEARCHABLE_DAYS - 1L).toString())
                .attr("aria-describedby", "filter-when-on-hint");
        if (chosen != null && chosen.kind() == SearchQuery.When.Kind.DATES && chosen.from().equals(chosen.to())) {
            input.val(chosen.from().toString());
        }
    }

    /** The "when" filter in words, as its chip says it: "This week", "Open now", "On Tuesday 16 February". */
    static String whenText(Component page, Locale locale, SearchQuery.When when) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", DateText.reading(locale));
        return switch (when.kind()) {
            case THIS_WEEK -> page.getTranslation("when.thisWeek");
            case OPEN_NOW -> page.getTranslation("when.openNow");
            case DATES -> when.from().equals(when.to()) ? page.getTranslation("when.onChip", day.format(when.from()))
                    : page.getTranslation("when.betweenChip", day.format(when.from()), day.format(when.to()));
        };
    }

    private void age(org.jsoup.nodes.Element root) {
        org.jsoup.nodes.Element field = root.appendElement("div").addClass("filter-field");
        field.appendElement("label").attr("for", "filter-age").text(getTranslation("filter.age"));
        field.appendElement("span").id("filter-age-hint").addClass("search-hint").text(getTranslation("filter.ageHint"));
        org.jsoup.nodes.Element input = field.appendElement("input").attr("type", "number").id("filter-age")
                .attr("name", "age").attr("min", "0").attr("max", "25").attr("inputmode", "numeric")
                .attr("aria-describedby", "filter-age-hint");
        if (state.age() != null) {
            input.val(state.age().toString());
        }
    }

    private void distance(org.jsoup.nodes.Element root) {
        org.jsoup.nodes.Element field = root.appendElement("div").addClass("filter-field");
        field.appendElement("label").attr("for", "filter-distance").text(getTranslation("filter.distance"));
        org.jsoup.nodes.Element select = field.appendElement("select").id("filter-distance").attr("name", "radius_km");
        select.appendElement("option").val("").text(getTranslation("filter.anyDistance"));
        for (double km : RADII) {
            org.jsoup.nodes.Element option = select.appendElement("option").val(format(km))
                    .text(getTranslation("filter.within", format(km)));
            if (state.radiusKm() != null && state.radiusKm() == km) {
                option.attr("selected", true);
            }
        }
    }

    private void facet(org.jsoup.nodes.Element root, String facet, SearchResults found, FacetLabels labels) {
        Map<String, Long> counts = new LinkedHashMap<>();
        found.facets().getOrDefault(facet, List.of()).forEach(c -> counts.putIfAbsent(c.value(), c.count()));
        Set<String> selected = state.filters().get(facet);
        Set<String> values = new LinkedHashSet<>(selected);
        values.addAll(counts.keySet());
        if (values.isEmpty()) {
            return;
        }
        org.jsoup.nodes.Element fieldset = root.appendElement("fieldset").addClass("facet");
        fieldset.appendElement("legend").text(getTranslation("facet." + facet));
        org.jsoup.nodes.Element options = fieldset.appendElement("div").addClass("facet-options");
        List<String> ordered = new ArrayList<>(values);
        ordered.sort(order(facet, counts, labels));
        for (String value : ordered) {
            checkbox(options.appendElement("div").addClass("filter-option"), id(facet, value), facet, value,
                    selected.contains(value), getTranslation("filter.option", labels.label(facet, value),
                            counts.getOrDefault(value, 0L)));
        }
    }

    /** The id a filter's checkbox has on the page, e.g. {@code filter-day-TU}. */
    static String id(String facet, String value) {
        return "filter-" + facet + "-" + value.replaceAll("[^A-Za-z0-9-]", "_");
    }

    private static void checkbox(org.jsoup.nodes.Element parent, String id, String name, String value,
            boolean checked, String label) {
        org.jsoup.nodes.Element box = parent.appendElement("input").attr("type", "checkbox").id(id)
                .attr("name", name).val(value);
        if (checked) {
            box.attr("checked", true);
        }
        parent.appendElement("label").attr("for", id).text(label);
    }

    /** Days in week order, levels in order; everything else by how many it finds, then by name. */
    private static Comparator<String> order(String facet, Map<String, Long> counts, FacetLabels labels) {
        List<String> days = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
        List<String> times = List.of("morning", "afternoon", "evening");
        return switch (facet) {
            case "day" -> Comparator.comparingInt(days::indexOf);
            case "time" -> Comparator.comparingInt(times::indexOf);
            case "level" -> Comparator.naturalOrder();
            case "locality", "town" -> Comparator.comparing(v -> labels.label(facet, v));
            default -> Comparator.comparing((String v) -> -counts.getOrDefault(v, 0L))
                    .thenComparing(v -> labels.label(facet, v));
        };
    }

    private static long count(SearchResults found, String facet, String value) {
        return found.facets().getOrDefault(facet, List.of()).stream().filter(c -> c.value().equals(value))
                .mapToLong(FacetCount::count).findFirst().orElse(0);
    }

    static String format(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.format(Locale.ROOT, "%.1f", km);
    }
}
