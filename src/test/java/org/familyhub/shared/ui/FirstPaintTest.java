package org.familyhub.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The copy of a page the server writes into its HTML, and which addresses are looked for as files. */
class FirstPaintTest {

    private final Document document = Document.createShell("");

    @Test
    void markupAViewMadeIsWrittenAsItIs() {
        Element card = new Element("article");
        card.setProperty("innerHTML", "<h3><a href=\"services/7\">Stay &amp; Play</a></h3><p>Free · Crewe</p>");

        FirstPaint.append(document, document.body(), card);

        Element cost = new Element("span");
        cost.setProperty("innerHTML", "£5 <b>a session</b>");
        FirstPaint.append(document, document.body(), cost);

        document.outputSettings().prettyPrint(false);
        assertThat(document.body().html()).isEqualTo("<article><h3><a href=\"services/7\">Stay &amp; Play</a></h3>"
                + "<p>Free · Crewe</p></article><span>£5 <b>a session</b></span>");
    }

    @Test
    void aScriptInsideMarkupIsLeftOutOfTheCopy() {
        Element card = new Element("div");
        card.setProperty("innerHTML", "<p>Free</p><SCRIPT>alert(1)</SCRIPT><p>Crewe</p>");

        FirstPaint.append(document, document.body(), card);

        assertThat(document.body().select("script")).isEmpty();
        assertThat(document.body().select("p")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("Free", "Crewe");
    }

    @Test
    void hiddenComponentsStayHiddenAndScriptElementsAreLeftOut() {
        Element section = new Element("section");
        Element hidden = new Element("p");
        hidden.setText("Only after a click");
        hidden.setVisible(false);
        section.appendChild(hidden, new Element("script"));

        FirstPaint.append(document, document.body(), section);

        assertThat(document.body().select("p").hasAttr("hidden")).isTrue();
        assertThat(document.body().select("script")).isEmpty();
    }

    @Test
    void onlyAnAddressWhoseLastPartHasADotIsLookedForAsAFile() {
        assertThat(PortalServlet.couldBeAFile(request("", "/search"))).isFalse();
        assertThat(PortalServlet.couldBeAFile(request("", "/services/42"))).isFalse();
        assertThat(PortalServlet.couldBeAFile(request("", "/"))).isFalse();
        assertThat(PortalServlet.couldBeAFile(request("", null))).isFalse();
        assertThat(PortalServlet.couldBeAFile(request("", "/VAADIN/build/indexhtml-1a2b.js"))).isTrue();
        assertThat(PortalServlet.couldBeAFile(request("/sw.js", null))).isTrue();
        assertThat(PortalServlet.couldBeAFile(request("/vaadinServlet", "/manifest.webmanifest"))).isTrue();
        assertThat(PortalServlet.couldBeAFile(request("", "/icons.d/search"))).isFalse();
    }

    private static MockHttpServletRequest request(String servletPath, String pathInfo) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", servletPath + (pathInfo == null ? "" : pathInfo));
        request.setServletPath(servletPath);
        request.setPathInfo(pathInfo);
        return request;
    }
}
