package org.familyhub.privacy.ui;

import static org.familyhub.account.Role.ADMIN;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.RoleLinks;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Personal data requests" in the header, for administrators only. */
@Component
class PrivacyLinks extends RoleLinks {

    PrivacyLinks(CurrentUser currentUser) {
        super(currentUser, shown(new SiteLink("privacy.link", "admin/personal-data", 518), ADMIN));
    }
}
