package org.familyhub.account.ui;

import java.util.List;

import org.familyhub.account.CurrentUser;
import org.familyhub.shared.ui.SiteLink;
import org.springframework.stereotype.Component;

/** "Sign in" for visitors, "Your account" once signed in: last in the header. */
@Component
class AccountLinks implements SiteLink.Source {

    private final CurrentUser currentUser;

    AccountLinks(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SiteLink> links() {
        return currentUser.get().isPresent()
                ? List.of(new SiteLink("account.link.account", "account", 1000))
                : List.of(new SiteLink("account.link.signIn", "login", 1000));
    }
}
