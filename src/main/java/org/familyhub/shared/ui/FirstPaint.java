package org.familyhub.shared.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpSession;
import org.familyhub.shared.ScriptJson;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.springframework.stereotype.Component;

/**
 * Every public page's content in the HTML the server sends, so a family on a slow phone reads it before the
 * scripts arrive, and with scripts off or failing reads it at all.
 *
 * <p>For a route that anyone may open ({@link PublicRoutes}), Vaadin builds the page during the request
 * for the HTML itself ("eager server load") and sends the page's first update inside that HTML, so the
 * client needs no second round trip to start. This class then writes the very element tree that update
 * holds into the body, as plain HTML: one source of truth for the markup, the views' own components. The
 * copy is inert (no scripts) and sits in {@link #COPY_ID}; when Vaadin's client has drawn the live page, the
 * first update's own script removes the copy, so the page never shows twice.
 *
 * <p>The cost of building a page for every first request, bots and script-less visitors included, is kept
 * small: a session that starts with such a page lives {@link #UNCONNECTED_SESSION} unless Vaadin's client
 * answers (then it gets the usual timeout back), and a page whose client never connects is dropped after
 * three missed heartbeats ({@code vaadin.heartbeatInterval} in {@code application.yml}).
 */
@Component
class FirstPaint implements VaadinServiceInitListener {

    /** The id of the element holding the server's copy of the page. */
    static final String COPY_ID = "first-paint";
    /** How long a session started by one page load lives if no script ever talks back. */
    static final Duration UNCONNECTED_SESSION = Duration.ofMinutes(2);
    /** Vaadin's inline script holding the first update, which holds only JSON besides this assignment. */
    private static final String FIRST_UPDATE = "window.Vaadin.TypeScript=";
    private static final Pattern SCRIPT = Pattern.compile("<script", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUEST_URL = Pattern.compile("\"requestURL\":\"(?:[^\"\\\\]|\\\\.)*\",?");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setBootstrapInitialPredicate(FirstPaint::isPublicPage);
        event.getSource().addUIInitListener(init -> {
            // Built with the HTML (no "v-r" request type): the page carries a copy to remove.
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null && request.getParameter("v-r") == null) {
                removeCopyWhenDrawn(init.getUI());
            }
        });
        event.addIndexHtmlRequestListener(FirstPaint::writeCopy);
    }

    /**
     * Pages anyone may open are built with the HTML; staff pages start the usual way, and so does an address
     * Vaadin's router cannot read (an encoded {@code ?} or {@code #} in the path), which then gets the answer
     * it always got instead of failing inside the request.
     */
    static boolean isPublicPage(VaadinRequest request) {
        return PublicRoutes.isPublicPage(Optional.ofNullable(request.getPathInfo()).orElse("/"),
                ApplicationRouteRegistry.getInstance(request.getService().getContext()));
    }

    /**
     * Runs in the browser right after the live page is drawn (it is part of the page's first update); its
     * answer tells the server this page's client is alive.
     */
    private static void removeCopyWhenDrawn(UI ui) {
        ui.getPage().executeJs("const copy = document.getElementById($0); if (copy) { copy.remove(); } return true;",
                COPY_ID).then(Boolean.class, drawn -> restoreSessionTimeout(ui));
    }

    private static void writeCopy(IndexHtmlResponse response) {
        // Flow 25.2 hands the listeners no UI even when it built one for this request; it is the current one.
        Optional<UI> ui = response.getUI().or(() -> Optional.ofNullable(UI.getCurrent()));
        if (ui.isEmpty()) {
            return;
        }
        makeFirstUpdateSafe(response.getDocument());
        List<HasElement> chain = ui.get().getInternals().getActiveRouterTargetsChain();
        if (chain.isEmpty()) {
            return;
        }
        Document document = response.getDocument();
        org.jsoup.nodes.Element copy = document.body().prependElement("div").id(COPY_ID);
        // The outermost layout: Vaadin puts it into a container of its own, which the client finds by id.
        append(document, copy, chain.getLast().getElement());
        shortenNewSession(response.getVaadinRequest());
    }

    /**
     * The first update is JSON inside an inline script, and holds the page's text: a name holding
     * {@code </script><script>…} would end Vaadin's script there and start one of its own (the policy's nonce
     * stops it running, but it must not get that far), so the JSON is written with {@link ScriptJson}'s escapes.
     * It also carries the request's absolute address ({@code requestURL}, which no client code reads), built from
     * whatever Host header the request came with; no answer of the portal repeats that header.
     */
    private static void makeFirstUpdateSafe(Document document) {
        for (org.jsoup.nodes.Element script : document.head().select("script[initial]")) {
            String data = script.data();
            if (data.contains(FIRST_UPDATE)) {
                script.empty().appendChild(new DataNode(ScriptJson.escape(REQUEST_URL.matcher(data).replaceAll(""))));
            }
        }
    }

    /**
     * Flow's own serialisation ({@code ElementUtil#toJsoup}, behind {@code Element#getOuterHTML}) with two
     * differences that matter for a page shown before the client runs: hidden components stay hidden (Vaadin
     * keeps that flag outside the attributes) and nothing in the copy can run.
     */
    static void append(Document document, org.jsoup.nodes.Element parent, Element element) {
        if (element.isTextNode()) {
            parent.appendChild(new TextNode(element.getText()));
            return;
        }
        if ("script".equalsIgnoreCase(element.getTag())) {
            return;
        }
        org.jsoup.nodes.Element target = document.createElement(element.getTag());
        if (element.hasProperty("innerHTML")) {
            String html = String.valueOf(element.getPropertyRaw("innerHTML"));
            if (SCRIPT.matcher(html).find()) {
                target.html(html);
                target.select("script").remove();
            } else {
                // Markup the views made (a card, a list of facts): written as it is, not parsed again.
                target.appendChild(new DataNode(html));
            }
        }
        element.getAttributeNames().forEach(name -> {
            String value = element.getAttribute(name);
            if (value == null || value.isEmpty()) {
                target.attr(name, true);
            } else {
                target.attr(name, value);
            }
        });
        if (!element.isVisible()) {
            target.attr("hidden", true);
        }
        parent.appendChild(target);
        element.getChildren().forEach(child -> append(document, target, child));
    }

    private static void shortenNewSession(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            HttpSession session = servlet.getHttpServletRequest().getSession(false);
            if (session != null && session.isNew()) {
                session.setMaxInactiveInterval((int) UNCONNECTED_SESSION.toSeconds());
            }
        }
    }

    private static void restoreSessionTimeout(UI ui) {
        VaadinSession session = ui.getSession();
        if (session != null && VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet) {
            HttpSession http = servlet.getHttpServletRequest().getSession(false);
            int usual = (int) Duration.ofMinutes(servlet.getServletContext().getSessionTimeout()).toSeconds();
            if (http != null && http.getMaxInactiveInterval() < usual) {
                http.setMaxInactiveInterval(usual);
            }
        }
    }
}
