package org.familyhub.localoffer.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.localoffer.AreaPage;
import org.familyhub.localoffer.LocalOffer;
import org.familyhub.localoffer.LocalOfferArea;
import org.familyhub.shared.PortalProperties;
import org.familyhub.shared.ui.MainLayout;

/**
 * An area of the Local Offer ({@code /local-offer/areas/education}): the published services that answered the
 * Local Offer questions for it, by name, 20 to a page, each with who it is for and a link to its page.
 */
@Route(value = LocalOfferAreaView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class LocalOfferAreaView extends Article implements HasUrlParameter<String>, HasDynamicTitle {

    static final String ROUTE = "local-offer/areas";
    static final int SIZE = 20;

    private final LocalOffer localOffer;
    private final PortalProperties portal;
    private String title = "";

    LocalOfferAreaView(LocalOffer localOffer, PortalProperties portal) {
        this.localOffer = localOffer;
        this.portal = portal;
        addClassName("local-offer-area");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        LocalOfferArea area = LocalOfferArea.ofCode(code).orElseThrow(NotFoundException::new);
        int asked = event.getLocation().getQueryParameters().getSingleParameter("page")
                .filter(p -> p.matches("[0-9]{1,6}")).map(Integer::parseInt).orElse(1);
        AreaPage page = localOffer.inArea(area, asked, SIZE);
        title = getTranslation("localoffer.area." + area.code());
        removeAll();
        add(LocalOfferHomeView.LocalOfferNav.of(this, area), new H1(title),
                new Paragraph(getTranslation("localoffer.area." + area.code() + ".about")));
        if (page.total() == 0) {
            add(new Paragraph(getTranslation("localoffer.area.empty")));
        } else {
            add(new Paragraph(getTranslation("localoffer.area.count", page.total(), page.page(), page.pages())));
            UnorderedList list = new UnorderedList();
            list.addClassName("service-list");
            page.services().forEach(entry -> {
                ListItem item = new ListItem(new H2(new Anchor("services/" + entry.serviceId() + "#local-offer",
                        entry.name())));
                item.addClassName("service-card");
                if (entry.whoFor() != null) {
                    item.add(new Paragraph(getTranslation("localoffer.area.whoFor", entry.whoFor())));
                }
                list.add(item);
            });
            add(list, pages(area, page));
        }
        add(new Paragraph(new Anchor(LocalOfferHomeView.SEND_SEARCH, getTranslation("localoffer.home.search"))));
    }

    private com.vaadin.flow.component.Component pages(LocalOfferArea area, AreaPage page) {
        com.vaadin.flow.component.html.Nav nav = new com.vaadin.flow.component.html.Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("localoffer.area.pages"));
        if (page.page() > 1) {
            nav.add(new Anchor(ROUTE + "/" + area.code() + "?page=" + (page.page() - 1),
                    getTranslation("localoffer.area.previous")));
        }
        if (page.page() < page.pages()) {
            nav.add(new Anchor(ROUTE + "/" + area.code() + "?page=" + (page.page() + 1),
                    getTranslation("localoffer.area.next")));
        }
        return nav;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("localoffer.home.title") + " | " + portal.portalName();
    }
}
