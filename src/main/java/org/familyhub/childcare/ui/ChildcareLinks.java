package org.familyhub.childcare.ui;

import java.util.ArrayList;
import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Find childcare" in the header for everyone; "Childcare vacancies" for providers and editors; the Ofsted import for administrators. */
@Component
class ChildcareLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    ChildcareLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        List<SiteLink> links = new ArrayList<>();
        links.add(new SiteLink("childcare.link.find", "childcare", 20));
        PortalUser user = currentUser.get().orElse(null);
        if (user != null && (user.has(Role.PROVIDER) || user.has(Role.EDITOR) || user.has(Role.ADMIN))) {
            links.add(new SiteLink("childcare.link.vacancies", "workspace/childcare", 515));
        }
        if (user != null && user.has(Role.ADMIN)) {
            links.add(new SiteLink("childcare.link.ofsted", "admin/ofsted-import", 516));
        }
        return links;
    }
}
