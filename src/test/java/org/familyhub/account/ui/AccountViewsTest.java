package org.familyhub.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import org.familyhub.PortalTest;
import org.familyhub.account.SignedIn;
import org.familyhub.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
@ViewPackages(classes = LoginView.class)
class AccountViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserAccounts accounts;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aVisitorWhoOpensTheAccountPageIsAskedToSignIn() {
        navigate("account", LoginView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Sign in");
        assertThat($(LoginForm.class).exists()).isTrue();
    }

    @Test
    void aSignedInUserSeesWhoTheyAreAndWhatTheyMayDo() {
        SignedIn.as(accounts, "frontdoor");

        AccountView view = navigate(AccountView.class);

        assertThat(view.getClass()).as("views are not wrapped in method-security proxies").isEqualTo(AccountView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Signed in as Frankie Front Door (south) (frontdoor).")
                .contains("Family front door: triage requests for help in your areas")
                .contains("congleton, crewe-nantwich");
    }
}
