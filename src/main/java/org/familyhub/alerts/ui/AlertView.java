package org.familyhub.alerts.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.alerts.SearchAlerts;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/**
 * The plain pages of saved searches: "check your e-mail", the page a confirm or unsubscribe link opens (a button
 * that posts, so a mail scanner opening the link changes nothing), what became of it, and why a sign-up was refused.
 * For everyone: families have no account, and a link is its own secret.
 */
@Route(value = "alerts/:step", layout = MainLayout.class)
@AnonymousAllowed
class AlertView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    static final Set<String> STEPS = Set.of("sent", "bad-address", "bad-search", "too-many", "confirm", "confirmed",
            "unsubscribe", "unsubscribed", "gone");

    private final SearchAlerts alerts;
    private final PortalProperties portal;
    private String step = "sent";

    AlertView(SearchAlerts alerts, PortalProperties portal) {
        this.alerts = alerts;
        this.portal = portal;
        setId("alert-page");
        addClassName("alert-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        step = event.getRouteParameters().get("step").filter(STEPS::contains).orElse("gone");
        String token = first(event, "token");
        if (("confirm".equals(step) || "unsubscribe".equals(step)) && !alerts.linkWorks(token)) {
            step = "gone";
        }
        removeAll();
        add(new H1(getTranslation("alerts." + step + ".title")),
                new Paragraph(getTranslation("alerts." + step + ".text")));
        switch (step) {
            case "confirm" -> getElement().appendChild(button("api/alerts/confirm", token, "alerts.confirm.button"));
            case "unsubscribe" -> getElement().appendChild(button("api/alerts/unsubscribe", token,
                    "alerts.unsubscribe.button"));
            case "bad-address", "bad-search", "too-many" -> add(back(first(event, "query")));
            default -> { }
        }
    }

    /** A form with one button: a POST is what confirms or unsubscribes, never opening the link. */
    private Element button(String action, String token, String label) {
        Element form = new Element("form").setAttribute("method", "post").setAttribute("action", action);
        form.appendChild(new Element("input").setAttribute("type", "hidden").setAttribute("name", "token")
                .setAttribute("value", token));
        form.appendChild(new Element("button").setAttribute("type", "submit").setAttribute("class", "alert-button")
                .setText(getTranslation(label)));
        return form;
    }

    private Anchor back(String query) {
        return new Anchor("search" + (query.isEmpty() ? "" : "?" + query), getTranslation("alerts.back"));
    }

    private static String first(BeforeEnterEvent event, String name) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts." + step + ".title") + " | " + portal.portalName();
    }
}
