package org.familyhub.account.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.account.CurrentUser;
import org.familyhub.shared.ui.MainLayout;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Sign-in for professionals, providers, the front door, editors and managers. Families never need it: the
 * page says so, so a parent who lands here is not left wondering.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final CurrentUser currentUser;

    LoginView(CurrentUser currentUser, ObjectProvider<ClientRegistrationRepository> singleSignOn) {
        this.currentUser = currentUser;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        add(new H1(getTranslation("account.login.title")),
                new Paragraph(getTranslation("account.login.families")));
        add(form);
        registrations(singleSignOn.getIfAvailable()).forEach(registration -> {
            Anchor council = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
                    getTranslation("account.login.singleSignOn", registration.getClientName()));
            council.getElement().setAttribute("router-ignore", true);
            council.addClassName("button-link");
            add(new Paragraph(council));
        });
        add(new Paragraph(getTranslation("account.login.help")));
    }

    private static List<ClientRegistration> registrations(ClientRegistrationRepository repository) {
        if (repository instanceof InMemoryClientRegistrationRepository registrations) {
            List<ClientRegistration> all = new java.util.ArrayList<>();
            registrations.forEach(all::add);
            return all;
        }
        return List.of();
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("account.login.formTitle"));
        i18n.getForm().setUsername(getTranslation("account.login.username"));
        i18n.getForm().setPassword(getTranslation("account.login.password"));
        i18n.getForm().setSubmit(getTranslation("account.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("account.login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("account.login.errorMessage"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo(AccountView.class);
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.login.title");
    }
}
