package org.familyhub.account.ui;

import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.account.Role;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Sign in" for visitors, "Your account" once signed in: last in the header; "Staff accounts" for administrators. */
@Component
class AccountLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    AccountLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        if (currentUser.get().isEmpty()) {
            return List.of(new SiteLink("account.link.signIn", "login", 1000));
        }
        return currentUser.get().orElseThrow().has(Role.ADMIN)
                ? List.of(new SiteLink("account.link.users", "admin/users", 517),
                        new SiteLink("account.link.account", "account", 1000))
                : List.of(new SiteLink("account.link.account", "account", 1000));
    }
}
