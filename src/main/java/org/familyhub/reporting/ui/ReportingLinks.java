package org.familyhub.reporting.ui;

import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Report card" in the header for managers, admins and editors: the link the manager's account page promises. */
@Component
class ReportingLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    ReportingLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        PortalUser user = currentUser.get().orElse(null);
        if (user != null && (user.has(Role.MANAGER) || user.has(Role.ADMIN) || user.has(Role.EDITOR))) {
            return List.of(new SiteLink("reporting.link.reportCard", "workspace/report-card", 510));
        }
        return List.of();
    }
}
