package org.familyhub.portal.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import org.familyhub.portal.EntryFacts.Fact;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The facts a family needs away from the screen, under a shortlisted service's card: next sessions, term-time
 * note, address, phone, how to get it and the page's address, printed in full. One element, written with jsoup so
 * listing text is always escaped.
 */
class EntryFactsView extends Div {

    EntryFactsView(List<Fact> facts) {
        addClassName("entry-facts");
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false);
        Element list = html.body().appendElement("dl").addClass("facts");
        for (Fact fact : facts) {
            list.appendElement("dt").text(fact.label());
            Element value = list.appendElement("dd").addClass("fact-" + fact.key().replace('.', '-'));
            if ("offline.page".equals(fact.key())) {
                value.appendElement("a").attr("href", fact.value()).text(fact.value());
            } else if (fact.values().size() == 1) {
                value.text(fact.value());
            } else {
                Element lines = value.appendElement("ul").addClass("entry-fact-lines");
                fact.values().forEach(line -> lines.appendElement("li").text(line));
            }
        }
        getElement().setProperty("innerHTML", html.body().html());
    }
}
