package org.familyhub.workspace.ui;

import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Workspace" in the header for editors and providers; "Stale listings" for managers. Nothing for anyone else. */
@Component
class WorkspaceLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    WorkspaceLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        PortalUser user = currentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        if (user.has(Role.EDITOR) || user.has(Role.ADMIN) || user.has(Role.PROVIDER)) {
            return List.of(new SiteLink("editor.link.workspace", "workspace", 500));
        }
        if (user.has(Role.MANAGER)) {
            return List.of(new SiteLink("editor.link.stale", "workspace/stale", 500));
        }
        return List.of();
    }
}
