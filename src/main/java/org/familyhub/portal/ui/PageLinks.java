package org.familyhub.portal.ui;

import java.util.Map;
import java.util.function.IntFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.familyhub.directory.ServicePage;
import org.familyhub.shared.ui.PageNumbers;

/**
 * Where a page of a long list is ("Showing 21 to 40 of 4,698") and links to the previous, next and nearby
 * pages. The page is in the address ({@code ?page=2}), and the links are plain links, so they work before
 * and without JavaScript, can be bookmarked and shared, and nothing beyond the page is kept in the session.
 */
class PageLinks extends Div {

    static final int SIZE = 20;
    static final String PARAMETER = "page";

    /**
     * @param linkTo a link to page n of the same list
     * @param asked  the page the address asked for, to say so when it is past the end
     */
    PageLinks(ServicePage page, int asked, IntFunction<RouterLink> linkTo) {
        addClassName("page-links");
        Paragraph showing = new Paragraph(getTranslation("list.showing", page.first(), page.last(), page.total()));
        showing.addClassName("list-showing");
        add(showing);
        if (asked > page.page()) {
            add(new Paragraph(getTranslation("list.pastEnd")));
        }
        if (page.pages() > 1) {
            add(nav(page, linkTo));
        }
    }

    private Component nav(ServicePage page, IntFunction<RouterLink> linkTo) {
        UnorderedList items = new UnorderedList();
        if (page.page() > 1) {
            items.add(item(linkTo.apply(page.page() - 1), getTranslation("list.previous"), "page-previous"));
        }
        int previous = 0;
        for (int number : PageNumbers.shown(page.page(), page.pages())) {
            if (number > previous + 1) {
                Span gap = new Span("…");
                gap.getElement().setAttribute("aria-hidden", "true");
                items.add(new ListItem(gap));
            }
            RouterLink link = linkTo.apply(number);
            link.setText(String.valueOf(number));
            link.getElement().setAttribute("aria-label", getTranslation("list.page", number));
            if (number == page.page()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            items.add(new ListItem(link));
            previous = number;
        }
        if (page.page() < page.pages()) {
            items.add(item(linkTo.apply(page.page() + 1), getTranslation("list.next"), "page-next"));
        }
        Nav nav = new Nav(items);
        nav.getElement().setAttribute("aria-label", getTranslation("list.pages"));
        nav.addClassName("no-print");
        return nav;
    }

    private static ListItem item(RouterLink link, String text, String className) {
        link.setText(text);
        link.addClassName(className);
        return new ListItem(link);
    }

    /** A link to page n of the list on a view with a parameter; page 1 is the plain address. */
    static <C extends Component & HasUrlParameter<String>> RouterLink to(Class<C> view, String parameter, int n) {
        RouterLink link = new RouterLink("", view, parameter);
        link.setQueryParameters(n <= 1 ? QueryParameters.empty()
                : QueryParameters.simple(Map.of(PARAMETER, String.valueOf(n))));
        return link;
    }

    /** The page the address asks for: 1 when it says none or nonsense; a huge number stays huge. */
    static int asked(BeforeEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(PARAMETER)
                .map(String::strip)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(value -> (int) Math.min(Integer.MAX_VALUE, Long.parseLong(value)))
                .orElse(1);
    }
}
