package org.familyhub.localoffer.ui;

import java.util.ArrayList;
import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** Header links: "Local Offer" for everyone; the comments waiting for a response for editors. */
@Component
class LocalOfferLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    LocalOfferLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        List<SiteLink> links = new ArrayList<>();
        links.add(new SiteLink("localoffer.link.home", LocalOfferHomeView.ROUTE, 20));
        currentUser.get().filter(user -> user.has(Role.EDITOR))
                .ifPresent(user -> links.add(new SiteLink("localoffer.link.comments", LocalOfferCommentsView.ROUTE, 520)));
        return links;
    }
}
