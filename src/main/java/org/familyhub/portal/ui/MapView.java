package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import org.familyhub.portal.PortalPageProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Leaflet map of some places. It is an extra: every place on it is also written out on the page
 * (the list, the address), so nothing is only on the map; it is left out of print.
 */
class MapView extends Div {

    record Marker(double latitude, double longitude, String title, @Nullable String label) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PortalPageProperties pages;
    private final List<Marker> markers;

    MapView(PortalPageProperties pages, List<Marker> markers, String label) {
        this.pages = pages;
        this.markers = markers;
        addClassNames("map", "no-print");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", label);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript("context://scripts/portal-map.js");
        getElement().executeJs("""
                const element = this;
                const start = () => window.familyhubMap
                    ? window.familyhubMap(element, $0, $1, JSON.parse($2)) : setTimeout(start, 50);
                start();""", pages.mapTileUrl(), pages.mapAttribution(), JSON.writeValueAsString(markers));
    }

    List<Marker> markers() {
        return markers;
    }
}
