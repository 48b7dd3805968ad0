package org.familyhub.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.familyhub.account.CurrentUser;
import org.familyhub.account.PortalUser;
import org.familyhub.shared.ui.MainLayout;

/** Who you are signed in as, what your roles let you do, and signing out. */
@Route(value = "account", layout = MainLayout.class)
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    AccountView(CurrentUser currentUser, AuthenticationContext authentication) {
        addClassName("account-page");
        PortalUser user = currentUser.require();
        add(new H1(getTranslation("account.title")));
        add(new Paragraph(getTranslation("account.signedInAs", user.displayName(), user.username())));
        UnorderedList roles = new UnorderedList();
        user.roles().forEach(role -> roles.add(new ListItem(getTranslation("account.role." + role.name()))));
        add(roles);
        if (!user.localityCodes().isEmpty()) {
            add(new Paragraph(getTranslation("account.localities", String.join(", ", user.localityCodes().stream()
                    .sorted().toList()))));
        }
        Button signOut = new Button(getTranslation("account.signOut"), click -> authentication.logout());
        add(signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
