package org.familyhub.workspace.ui;

import static org.familyhub.account.Role.ADMIN;
import static org.familyhub.account.Role.EDITOR;
import static org.familyhub.account.Role.MANAGER;
import static org.familyhub.account.Role.PROVIDER;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.RoleLinks;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Workspace" in the header for editors and providers; "Stale listings" for managers. Nothing for anyone else. */
@Component
class WorkspaceLinks extends RoleLinks {

    WorkspaceLinks(CurrentUser currentUser) {
        super(currentUser,
                shown(new SiteLink("editor.link.workspace", "workspace", 500), EDITOR, ADMIN, PROVIDER),
                shown(new SiteLink("editor.link.stale", "workspace/stale", 501), MANAGER));
    }
}
