package org.familyhub.directory.feed.ui;

import static org.familyhub.account.Role.ADMIN;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.RoleLinks;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Feeds" in the header for administrators only. */
@Component
class FeedLinks extends RoleLinks {

    FeedLinks(CurrentUser currentUser) {
        super(currentUser, shown(new SiteLink("feeds.link", "admin/feeds", 518), ADMIN));
    }
}
