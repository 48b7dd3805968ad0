package org.familyhub.workspace;

import java.util.UUID;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.account.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the workspace. Editors (and administrators) may change and publish any listing;
 * a provider only their own organisation's, and only through review; managers see the dashboard.
 * Every service method asks here first, so hiding a button is never the only guard.
 */
@Component
class WorkspaceAccess {

    private final CurrentUser currentUser;

    WorkspaceAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    PortalUser user() {
        return currentUser.require();
    }

    static boolean isEditor(PortalUser user) {
        return user.has(Role.EDITOR) || user.has(Role.ADMIN);
    }

    static boolean mayEdit(PortalUser user, UUID organisationId) {
        return isEditor(user) || user.has(Role.PROVIDER) && organisationId.equals(user.organisationId());
    }

    PortalUser editor() {
        PortalUser user = user();
        if (!isEditor(user)) {
            throw new NotPermittedException("Only the Family Information Service's editors may do this.");
        }
        return user;
    }

    PortalUser editorOrProvider() {
        PortalUser user = user();
        if (!isEditor(user) && !user.has(Role.PROVIDER)) {
            throw new NotPermittedException("Only editors and providers may change listings.");
        }
        return user;
    }

    /** An editor, or a provider of this organisation. */
    PortalUser mayEdit(UUID organisationId) {
        PortalUser user = editorOrProvider();
        if (!mayEdit(user, organisationId)) {
            throw new NotPermittedException("You can only see and change your own organisation's listings.");
        }
        return user;
    }

    PortalUser dashboardViewer() {
        PortalUser user = user();
        if (!isEditor(user) && !user.has(Role.MANAGER)) {
            throw new NotPermittedException("Only managers and editors may see the stale listings dashboard.");
        }
        return user;
    }
}
