package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import org.familyhub.search.SearchService;

/**
 * The search box: the family's own words, an optional postcode or town, and "use my location". Typing
 * offers suggestions (service names, topics, towns) as links below the box, announced politely.
 *
 * <p>It is a plain HTML form ({@code GET search?q=…&postcode=…}) of native labelled inputs and a submit
 * button, so it works in the page the server sends before any script runs, and with scripts off. Once
 * Vaadin runs, the form's own submission is stopped in the browser and the button searches on the server,
 * keeping the filters already chosen.
 */
@Tag("form")
class SearchForm extends Component implements HasComponents, HasStyle {

    private final Input words = new Input(ValueChangeMode.LAZY);
    private final Input place = new Input();
    private final UnorderedList suggestions = new UnorderedList();
    private final Paragraph locating = new Paragraph();
    private final SearchService search;
    private SearchState state;

    SearchForm(SearchService search, SearchState state, boolean big) {
        this.search = search;
        this.state = state;
        addClassName("search-form");
        getElement().setAttribute("action", "search").setAttribute("method", "get").setAttribute("role", "search");
        getElement().executeJs("this.addEventListener('submit', e => e.preventDefault())");
        if (big) {
            addClassName("search-form-big");
        }
        words.setId("search-words");
        words.getElement().setAttribute("name", "q").setAttribute("maxlength", "200")
                .setAttribute("autocomplete", "off").setAttribute("aria-describedby", "search-words-hint");
        words.setValueChangeTimeout(350);
        words.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                suggest(change.getValue());
            }
        });

        place.setId("search-place");
        place.getElement().setAttribute("name", "postcode").setAttribute("maxlength", "40")
                .setAttribute("autocomplete", "postal-code").setAttribute("aria-describedby", "search-place-hint");
        show(state);

        suggestions.addClassName("suggestions");
        suggestions.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
        suggestions.setVisible(false);
        Div suggestionsLive = new Div(suggestions);
        suggestionsLive.getElement().setAttribute("aria-live", "polite");

        NativeButton go = new NativeButton(getTranslation("search.submit"), click -> submit());
        go.getElement().setAttribute("type", "submit");
        go.setId("search-submit");
        go.addClassName("search-submit");
        Button here = new Button(getTranslation("search.myLocation"), VaadinIcon.LOCATION_ARROW.create(),
                click -> locate());
        here.setId("search-my-location");
        here.addClassName("no-print");
        locating.getElement().setAttribute("role", "status");
        locating.addClassName("locating");

        Div buttons = new Div(go, here);
        buttons.addClassName("search-buttons");
        add(field(words, "search.words", "search.wordsHint"), suggestionsLive,
                field(place, "search.place", "search.placeHint"), buttons, locating);
    }

    private Div field(Input input, String labelKey, String hintKey) {
        NativeLabel label = new NativeLabel(getTranslation(labelKey));
        label.setFor(input);
        Span hint = new Span(getTranslation(hintKey));
        hint.setId(input.getId().orElseThrow() + "-hint");
        hint.addClassName("search-hint");
        Div field = new Div(label, input, hint);
        field.addClassName("search-field");
        return field;
    }

    /** The value both as the live property and as the attribute the server's first HTML carries. */
    private void show(SearchState shown) {
        words.setValue(shown.text());
        words.getElement().setAttribute("value", shown.text());
        String postcode = shown.postcode() == null ? "" : shown.postcode();
        place.setValue(postcode);
        place.getElement().setAttribute("value", postcode);
    }

    void setState(SearchState state) {
        this.state = state;
        show(state);
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
