package org.familyhub.localoffer.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.localoffer.LocalOffer;
import org.familyhub.localoffer.LocalOfferArea;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/**
 * The SEND Local Offer's home: what it is, its four areas for ages 0 to 25 (each with the services that
 * answered its questions), a search of every service for children and young people with SEND, and
 * "You said, we did" with the way to comment.
 */
@Route(value = LocalOfferHomeView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class LocalOfferHomeView extends Article implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "local-offer";
    /** Every service suitable for, or specialist in, children and young people with SEND. */
    static final String SEND_SEARCH = "search?send=send-suitable&send=send-specialist";

    private final LocalOffer localOffer;
    private final PortalProperties portal;

    LocalOfferHomeView(LocalOffer localOffer, PortalProperties portal) {
        this.localOffer = localOffer;
        this.portal = portal;
        addClassName("local-offer-home");
    }

    /** Counted on each visit: providers answer while the page is in use. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<LocalOfferArea, Long> counts = localOffer.countsByArea();
        add(new H1(getTranslation("localoffer.home.title")),
                new Paragraph(getTranslation("localoffer.home.intro")),
                new Paragraph(getTranslation("localoffer.home.ages")));
        add(LocalOfferNav.of(this, null));
        Section areas = new Section(new H2(getTranslation("localoffer.home.areas")));
        UnorderedList list = new UnorderedList();
        list.addClassName("local-offer-areas");
        for (LocalOfferArea area : LocalOfferArea.values()) {
            ListItem item = new ListItem(new Anchor(LocalOfferAreaView.ROUTE + "/" + area.code(),
                    getTranslation("localoffer.area." + area.code())));
            item.add(new Paragraph(getTranslation("localoffer.area." + area.code() + ".about")),
                    new Paragraph(getTranslation("localoffer.home.areaCount", counts.get(area))));
            list.add(item);
        }
        areas.add(list);
        Section search = new Section(new H2(getTranslation("localoffer.home.searchTitle")),
                new Paragraph(getTranslation("localoffer.home.searchIntro")),
                new Paragraph(new Anchor(SEND_SEARCH, getTranslation("localoffer.home.search")),
                        new com.vaadin.flow.component.Text(" · "),
                        new Anchor(SEND_SEARCH + "&age=19", getTranslation("localoffer.home.searchAdults"))));
        Section said = new Section(new H2(getTranslation("localoffer.home.saidTitle")),
                new Paragraph(getTranslation("localoffer.home.saidIntro")),
                new Paragraph(new Anchor(YouSaidWeDidView.ROUTE, getTranslation("localoffer.home.saidLink")),
                        new com.vaadin.flow.component.Text(" · "),
                        new Anchor(LocalOfferNav.COMMENT, getTranslation("localoffer.home.comment"))));
        add(areas, search, said);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("localoffer.home.title") + " | " + portal.portalName();
    }

    /** The Local Offer's own navigation, on each of its pages. */
    static final class LocalOfferNav {

        static final String COMMENT = "feedback/local-offer";

        private LocalOfferNav() {
        }

        /** @param current the area whose page this is, marked as the current page; null elsewhere */
        static Nav of(com.vaadin.flow.component.Component parent, LocalOfferArea current) {
            Nav nav = new Nav();
            nav.addClassName("local-offer-nav");
            nav.getElement().setAttribute("aria-label", parent.getTranslation("localoffer.nav.label"));
            UnorderedList list = new UnorderedList();
            list.add(new ListItem(new Anchor(ROUTE, parent.getTranslation("localoffer.nav.home"))));
            for (LocalOfferArea area : LocalOfferArea.values()) {
                Anchor link = new Anchor(LocalOfferAreaView.ROUTE + "/" + area.code(),
                        parent.getTranslation("localoffer.area." + area.code()));
                if (area == current) {
                    link.getElement().setAttribute("aria-current", "page");
                }
                list.add(new ListItem(link));
            }
            list.add(new ListItem(new Anchor(YouSaidWeDidView.ROUTE, parent.getTranslation("localoffer.nav.said"))));
            nav.add(list);
            return nav;
        }
    }
}
