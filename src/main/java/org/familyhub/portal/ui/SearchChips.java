package org.familyhub.portal.ui;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.familyhub.search.SearchParameters;
import org.familyhub.search.SearchQuery;
import org.familyhub.search.SearchResults;
import org.jspecify.annotations.Nullable;

/**
 * The chips above the results, each a button that searches again without what it names: the filters chosen
 * ({@link #filters}), and what was read out of the words and is now preferred ({@link #understood}).
 */
final class SearchChips extends UnorderedList {

    private final SearchState state;
    private final FacetLabels labels;
    private final Consumer<SearchState> go;

    private SearchChips(SearchState state, FacetLabels labels, Consumer<SearchState> go, String labelKey) {
        this.state = state;
        this.labels = labels;
        this.go = go;
        addClassName("chips");
        getElement().setAttribute("aria-label", getTranslation(labelKey));
    }

    /** The filters chosen, each to remove, and "clear filters" when there are several. */
    static SearchChips filters(SearchState state, FacetLabels labels, Consumer<SearchState> go) {
        SearchChips chips = new SearchChips(state, labels, go, "search.activeFilters");
        chips.addFilters();
        return chips;
    }

    /** A place, an age, "free", a day … read out of the words, each to take back. */
    static SearchChips understood(SearchState state, SearchResults.Understood read, FacetLabels labels,
            Consumer<SearchState> go) {
        SearchChips chips = new SearchChips(state, labels, go, "search.understood");
        chips.setId("understood");
        chips.addUnderstood(read);
        return chips;
    }

    private void addFilters() {
        if (state.freeOnly()) {
            add(chip(getTranslation("filter.free"), "free", state.withFreeOnly(false)));
        }
        if (state.age() != null) {
            add(chip(getTranslation("filter.ageChip", state.age()), "age", state.withAge(null)));
        }
        if (state.radiusKm() != null) {
            add(chip(getTranslation("filter.within", FilterPanel.format(state.radiusKm())), "radius",
                    state.withRadius(null)));
        }
        SearchQuery.When when = state.when();
        if (when != null) {
            add(chip(FilterPanel.whenText(this, getLocale(), when), SearchParameters.WHEN, state.withoutWhen()));
        }
        state.filters().forEach((facet, values) -> values.stream().sorted()
                .filter(value -> !SearchState.WHEN.contains(facet)).forEach(value -> add(
                chip(labels.label(facet, value), facet + ":" + value, state.withoutFilter(facet, value)))));
        if (getComponentCount() > 1) {
            Button clear = new Button(getTranslation("search.clearFilters"), click -> go.accept(state.withoutFilters()));
            clear.addClassName("chip-clear");
            add(new ListItem(clear));
        }
        setVisible(getComponentCount() > 0);
    }

    private void addUnderstood(SearchResults.Understood read) {
        if (read.place() != null) {
            add(takeBack(getTranslation("understood.place", read.place().name()), "place"));
        }
        if (read.ageFrom() != null && read.ageTo() != null) {
            add(takeBack(read.ageFrom().equals(read.ageTo())
                    ? getTranslation("understood.age", read.ageFrom())
                    : getTranslation("understood.ages", read.ageFrom(), read.ageTo()), "age"));
        }
        if (read.free()) {
            add(takeBack(getTranslation("understood.free"), "free"));
        }
        if (!read.days().isEmpty()) {
            add(takeBack(labelled("day", read.days()), "day"));
        }
        if (!read.times().isEmpty()) {
            add(takeBack(labelled("time", read.times()), "time"));
        }
        if (!read.delivery().isEmpty()) {
            add(takeBack(labelled("delivery", read.delivery()), "delivery"));
        }
        read.spelling().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(fix -> {
            String label = getTranslation("understood.spelling", fix.getKey(), fix.getValue());
            add(takeBack(label, "spelling", getTranslation("search.asTyped", label, fix.getKey())));
        });
        if (read.need() != null) {
            add(takeBack(getTranslation("understood.need", read.need()), "need"));
        }
        setVisible(getComponentCount() > 0);
    }

    private String labelled(String facet, Set<String> values) {
        return String.join(", ", values.stream().sorted().map(value -> labels.label(facet, value)).toList());
    }

    private ListItem takeBack(String label, String aspect) {
        return takeBack(label, aspect, getTranslation("search.takeBack", label));
    }

    /** @param action what the button does, for a screen reader, beginning with the label it shows (WCAG 2.5.3) */
    private ListItem takeBack(String label, String aspect, String action) {
        ListItem item = chip(label, null, state.withNotUnderstood(aspect));
        Button chip = (Button) item.getComponentAt(0);
        chip.setAriaLabel(action);
        chip.getElement().setAttribute("data-understood", aspect);
        return item;
    }

    private ListItem chip(String label, @Nullable String filterKey, SearchState without) {
        Button chip = new Button(label, VaadinIcon.CLOSE_SMALL.create(), click -> go.accept(without));
        chip.setIconAfterText(true);
        chip.addClassName("chip");
        if (filterKey != null) {
            chip.setAriaLabel(getTranslation("search.removeFilter", label));
            chip.getElement().setAttribute("data-filter", filterKey);
        }
        return new ListItem(chip);
    }
}
