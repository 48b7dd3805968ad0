package org.familyhub.localoffer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.localoffer.PublishedResponse;
import org.familyhub.localoffer.YouSaidWeDid;
import org.familyhub.shared.DateText;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/** "You said, we did": families' comments about the Local Offer with what the council did, newest first. */
@Route(value = YouSaidWeDidView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class YouSaidWeDidView extends Article implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "local-offer/you-said-we-did";
    static final int SIZE = 20;

    private final YouSaidWeDid youSaidWeDid;
    private final DateText dates;
    private final PortalProperties portal;
    private final java.time.Clock clock;

    YouSaidWeDidView(YouSaidWeDid youSaidWeDid, DateText dates, PortalProperties portal, java.time.Clock clock) {
        this.clock = clock;
        this.youSaidWeDid = youSaidWeDid;
        this.dates = dates;
        this.portal = portal;
        addClassName("you-said-we-did");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int asked = event.getLocation().getQueryParameters().getSingleParameter("page")
                .filter(p -> p.matches("[0-9]{1,6}")).map(Integer::parseInt).orElse(1);
        PublishedResponse.Page page = youSaidWeDid.published(asked, SIZE);
        removeAll();
        add(LocalOfferHomeView.LocalOfferNav.of(this, null), new H1(getTranslation("localoffer.said.title")),
                new Paragraph(getTranslation("localoffer.said.intro")),
                new Paragraph(new Anchor(LocalOfferHomeView.LocalOfferNav.COMMENT,
                        getTranslation("localoffer.home.comment"))));
        if (page.total() == 0) {
            add(new Paragraph(getTranslation("localoffer.said.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("said-list");
        page.entries().forEach(entry -> {
            ListItem item = new ListItem();
            item.addClassName("said-entry");
            item.add(new H2(getTranslation("localoffer.said.published", dates.date(
                    entry.publishedAt().atZone(clock.getZone()).toLocalDate(), getLocale()))),
                    new H3(getTranslation("localoffer.said.youSaid")),
                    new Paragraph(entry.youSaid()),
                    new Paragraph(getTranslation("localoffer.said.received", dates.date(entry.receivedOn(),
                            getLocale()))),
                    new H3(getTranslation("localoffer.said.weDid")),
                    new Paragraph(entry.weDid()));
            list.add(item);
        });
        add(list);
        if (page.pages() > 1) {
            Nav nav = new Nav();
            nav.getElement().setAttribute("aria-label", getTranslation("localoffer.area.pages"));
            if (page.page() > 1) {
                nav.add(new Anchor(ROUTE + "?page=" + (page.page() - 1), getTranslation("localoffer.area.previous")));
            }
            if (page.page() < page.pages()) {
                nav.add(new Anchor(ROUTE + "?page=" + (page.page() + 1), getTranslation("localoffer.area.next")));
            }
            add(new Div(nav));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("localoffer.said.title") + " | " + portal.portalName();
    }
}
