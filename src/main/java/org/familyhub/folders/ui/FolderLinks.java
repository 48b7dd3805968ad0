package org.familyhub.folders.ui;

import static org.familyhub.account.Role.PROFESSIONAL;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.RoleLinks;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Your folders" in the header for professionals: their home, with their folders and referrals. */
@Component
class FolderLinks extends RoleLinks {

    FolderLinks(CurrentUser currentUser) {
        super(currentUser, shown(new SiteLink("folders.link", "folders", 505), PROFESSIONAL));
    }
}
