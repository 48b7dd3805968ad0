package org.familyhub.portal.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.Document;

/**
 * "E-mail me when something new matches this search": a plain HTML form that posts the address and the search's own
 * query string to {@code /api/alerts}, so it works the same with or without JavaScript. It says what is kept and for
 * how long before anyone types an address.
 */
@Tag("section")
class AlertSignUp extends Section {

    static final String ID = "alert-sign-up";

    AlertSignUp(String queryString, String language) {
        setId(ID);
        addClassNames("alert-sign-up", "no-print");
        getElement().setAttribute("aria-labelledby", ID + "-title");
        Element form = new Element("form").setAttribute("method", "post").setAttribute("action", "api/alerts")
                .setAttribute("class", "alert-form");
        form.setProperty("innerHTML", html(queryString, language));
        getElement().appendChild(form);
    }

    private String html(String queryString, String language) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Element root = document.body();
        root.appendElement("h2").id(ID + "-title").text(getTranslation("alerts.formTitle"));
        root.appendElement("p").id(ID + "-kept").text(getTranslation("alerts.formKept"));
        root.appendElement("label").attr("for", ID + "-email").text(getTranslation("alerts.formEmail"));
        root.appendElement("input").id(ID + "-email").attr("type", "email").attr("name", "email")
                .attr("autocomplete", "email").attr("required", "").attr("maxlength", "254")
                .attr("aria-describedby", ID + "-kept");
        root.appendElement("input").attr("type", "hidden").attr("name", "query").val(queryString);
        root.appendElement("input").attr("type", "hidden").attr("name", "language").val(language);
        root.appendElement("button").attr("type", "submit").addClass("alert-button")
                .text(getTranslation("alerts.formButton"));
        return root.html();
    }
}
