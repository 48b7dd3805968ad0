package org.familyhub;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;

/**
 * The text a component shows, as {@link Element#getTextRecursively()} reads it (text joined as it stands), including
 * what parts of the page hold as HTML rather than as server elements (a service card, the filters' form).
 */
public final class PageText {

    private PageText() {
    }

    public static String of(HasElement component) {
        return of(component.getElement());
    }

    public static String of(Element element) {
        if (element.isTextNode()) {
            return element.getText();
        }
        StringBuilder text = new StringBuilder();
        if (element.hasProperty("innerHTML")) {
            text.append(Jsoup.parseBodyFragment(String.valueOf(element.getPropertyRaw("innerHTML"))).body().wholeText());
        }
        element.getChildren().forEach(child -> text.append(of(child)));
        return text.toString();
    }
}
