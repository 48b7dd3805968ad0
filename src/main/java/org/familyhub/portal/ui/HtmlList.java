package org.familyhub.portal.ui;

import com.vaadin.flow.component.html.UnorderedList;

/**
 * A list the page shows but never changes, as one server element whose items, links and counts are its HTML (as a
 * service card is): each server component of a public page is built, sent in its first update and torn down on
 * every visit. Links in it carry {@code router-link}, so the client's router follows them as it does a RouterLink.
 */
final class HtmlList {

    private HtmlList() {
    }

    /** A link the client's router follows, written into such HTML. */
    static org.jsoup.nodes.Element link(org.jsoup.nodes.Element parent, String href, String text) {
        return parent.appendElement("a").attr("href", href).attr("router-link", true).text(text);
    }

    /** The list with the class given, holding the items of {@code items} (a jsoup {@code ul}). */
    static UnorderedList of(String className, org.jsoup.nodes.Element items) {
        UnorderedList list = new UnorderedList();
        list.addClassName(className);
        list.getElement().setProperty("innerHTML", items.html());
        return list;
    }
}
