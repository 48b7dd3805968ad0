package org.familyhub.frontdoor.ui;

import java.util.ArrayList;
import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/**
 * Header links: "Ask for help" for everyone; the inbox (the Family Information Service's, for editors, holds
 * requests to find childcare) and "My referrals" for those who use them.
 */
@Component
class FrontDoorLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    FrontDoorLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        List<SiteLink> links = new ArrayList<>();
        links.add(new SiteLink("frontdoor.link.ask", "ask-for-help", 10));
        currentUser.get().ifPresent(user -> {
            if (user.has(Role.FRONT_DOOR) || user.has(Role.PROVIDER) || user.has(Role.EDITOR)) {
                links.add(new SiteLink("frontdoor.link.inbox", "inbox", 40));
            }
            if (user.has(Role.PROFESSIONAL)) {
                links.add(new SiteLink("frontdoor.link.myReferrals", "my-referrals", 41));
            }
        });
        return links;
    }
}
