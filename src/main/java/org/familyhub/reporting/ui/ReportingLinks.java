package org.familyhub.reporting.ui;

import static org.familyhub.account.Role.ADMIN;
import static org.familyhub.account.Role.EDITOR;
import static org.familyhub.account.Role.MANAGER;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.RoleLinks;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Report card" in the header for managers, admins and editors: the link the manager's account page promises. */
@Component
class ReportingLinks extends RoleLinks {

    ReportingLinks(CurrentUser currentUser) {
        super(currentUser,
                shown(new SiteLink("reporting.link.reportCard", "workspace/report-card", 520), MANAGER, ADMIN, EDITOR));
    }
}
