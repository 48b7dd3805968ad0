package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import org.familyhub.search.SearchService;

/**
 * The search box: the family's own words, an optional postcode or town, and "use my location". Typing
 * offers suggestions (service names, topics, towns) as links below the box, announced politely.
 */
class SearchForm extends Div {

    private final TextField words = new TextField();
    private final TextField place = new TextField();
    private final UnorderedList suggestions = new UnorderedList();
    private final Paragraph locating = new Paragraph();
    private final SearchService search;
    private SearchState state;

    SearchForm(SearchService search, SearchState state, boolean big) {
        this.search = search;
        this.state = state;
        addClassName("search-form");
        getElement().setAttribute("role", "search");
        if (big) {
            addClassName("search-form-big");
        }
        words.setLabel(getTranslation("search.words"));
        words.setHelperText(getTranslation("search.wordsHint"));
        words.setValue(state.text());
        words.setClearButtonVisible(true);
        words.setWidthFull();
        words.setMaxLength(200);
        words.setId("search-words");
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setValueChangeTimeout(350);
        words.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                suggest(change.getValue());
            }
        });
        words.getElement().setAttribute("autocomplete", "off");
        words.addKeyPressListener(Key.ENTER, enter -> submit());

        place.setLabel(getTranslation("search.place"));
        place.setHelperText(getTranslation("search.placeHint"));
        place.setValue(state.postcode() == null ? "" : state.postcode());
        place.setMaxLength(40);
        place.setId("search-place");
        place.getElement().setAttribute("autocomplete", "postal-code");
        place.addKeyPressListener(Key.ENTER, enter -> submit());

        suggestions.addClassName("suggestions");
        suggestions.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
        suggestions.setVisible(false);
        Div suggestionsLive = new Div(suggestions);
        suggestionsLive.getElement().setAttribute("aria-live", "polite");

        Button go = new Button(getTranslation("search.submit"), VaadinIcon.SEARCH.create(), click -> submit());
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.setId("search-submit");
        Button here = new Button(getTranslation("search.myLocation"), VaadinIcon.LOCATION_ARROW.create(),
                click -> locate());
        here.setId("search-my-location");
        here.addClassName("no-print");
        locating.getElement().setAttribute("role", "status");
        locating.addClassName("locating");

        Div buttons = new Div(go, here);
        buttons.addClassName("search-buttons");
        add(words, suggestionsLive, place, buttons, locating);
    }

    void setState(SearchState state) {
        this.state = state;
        words.setValue(state.text());
        place.setValue(state.postcode() == null ? "" : state.postcode());
    }

    TextField words() {
        return words;
    }

    TextField place() {
        return place;
    }

    void submit() {
        String placeText = place.getValue().strip();
        SearchState next = state.withText(words.getValue(), placeText.isEmpty() ? null : placeText);
        if (!placeText.isEmpty() && next.sort() == org.familyhub.search.SearchQuery.SortOrder.RELEVANCE
                && words.getValue().isBlank()) {
            next = next.withSort(org.familyhub.search.SearchQuery.SortOrder.DISTANCE);
        }
        UI.getCurrent().navigate(SearchView.class, next.toParameters());
    }

    private void suggest(String typed) {
        suggestions.removeAll();
        List<String> found = typed.strip().length() < 2 ? List.of() : search.suggest(typed);
        found.forEach(text -> {
            RouterLink link = new RouterLink(text, SearchView.class);
            link.setQueryParameters(state.withText(text, state.postcode()).toParameters());
            suggestions.add(new ListItem(link));
        });
        suggestions.setVisible(!found.isEmpty());
    }

    /** The browser asks the family first; their position goes only into this search's address. */
    private void locate() {
        locating.setText(getTranslation("search.locating"));
        getElement().executeJs("""
                return new Promise((resolve) => {
                  if (!navigator.geolocation) { resolve(''); return; }
                  navigator.geolocation.getCurrentPosition(
                    p => resolve(p.coords.latitude.toFixed(4) + ',' + p.coords.longitude.toFixed(4)),
                    () => resolve(''), { timeout: 15000, maximumAge: 600000 });
                });""").then(String.class, this::located);
    }

    void located(String latLon) {
        String[] parts = latLon.split(",");
        if (parts.length != 2) {
            locating.setText(getTranslation("search.locationUnavailable"));
            return;
        }
        try {
            double lat = Double.parseDouble(parts[0]);
            double lon = Double.parseDouble(parts[1]);
            SearchState next = state.withText(words.getValue(), null).withLocation(lat, lon);
            UI.getCurrent().navigate(SearchView.class, next.toParameters());
        } catch (NumberFormatException e) {
            locating.setText(getTranslation("search.locationUnavailable"));
        }
    }
}
