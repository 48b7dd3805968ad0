package org.familyhub.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.familyhub.account.InvalidAccountException;
import org.familyhub.account.StaffAccounts;
import org.familyhub.account.StaffAccounts.LinkHolder;
import org.familyhub.shared.ui.MainLayout;

/**
 * Setting a password from the single-use link an administrator had e-mailed: open to anyone, since the link's
 * secret is the authority. The password follows the portal's one rule; the link is spent once it is set.
 */
@Route(value = "account/set-password", layout = MainLayout.class)
@AnonymousAllowed
class SetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffAccounts accounts;
    private String token = "";

    SetPasswordView(StaffAccounts accounts) {
        this.accounts = accounts;
        addClassName("set-password");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        removeAll();
        add(new H1(getTranslation("account.setPassword.title")));
        LinkHolder holder = accounts.passwordLink(token).orElse(null);
        if (holder == null) {
            Paragraph unusable = new Paragraph(getTranslation("account.setPassword.unusable"));
            unusable.setId("set-password-unusable");
            add(unusable);
            return;
        }
        Paragraph problem = new Paragraph();
        problem.setId("set-password-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("notice-error");
        problem.setVisible(false);
        PasswordField password = new PasswordField(getTranslation("account.setPassword.new"));
        password.setId("set-password-new");
        password.setHelperText(getTranslation("account.setPassword.rule"));
        password.getElement().setAttribute("autocomplete", "new-password");
        PasswordField again = new PasswordField(getTranslation("account.setPassword.again"));
        again.setId("set-password-again");
        again.getElement().setAttribute("autocomplete", "new-password");
        Button save = new Button(getTranslation("account.setPassword.save"));
        save.setId("set-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            problem.setVisible(false);
            if (!password.getValue().equals(again.getValue())) {
                problem.setText(getTranslation("account.setPassword.different"));
                problem.setVisible(true);
                return;
            }
            try {
                accounts.setPassword(token, password.getValue());
            } catch (InvalidAccountException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
                return;
            }
            removeAll();
            Paragraph done = new Paragraph(getTranslation("account.setPassword.done", holder.username()));
            done.setId("set-password-done");
            done.getElement().setAttribute("role", "status");
            add(new H1(getTranslation("account.setPassword.title")), done,
                    new Anchor("login", getTranslation("account.link.signIn")));
        });
        add(new Paragraph(getTranslation("account.setPassword.for", holder.displayName(), holder.username())),
                problem, password, again, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.setPassword.title");
    }
}
