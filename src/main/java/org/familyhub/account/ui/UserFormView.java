package org.familyhub.account.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.familyhub.account.InvalidAccountException;
import org.familyhub.account.Role;
import org.familyhub.account.Roles;
import org.familyhub.account.StaffAccount;
import org.familyhub.account.StaffAccounts;
import org.familyhub.account.StaffAccounts.Choice;
import org.familyhub.account.StaffAccounts.StaffDetails;
import org.familyhub.shared.DateText;
import org.familyhub.shared.ui.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * Adding a staff account ({@code admin/users/edit}) or changing one ({@code admin/users/edit/<id>}), for
 * administrators only: name, e-mail, roles and scope (a provider's organisation, a front-door worker's localities);
 * sending a fresh link to set a password; disabling and enabling. A refusal says why and stores nothing.
 */
@Route(value = "admin/users/edit", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class UserFormView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final StaffAccounts accounts;
    private final DateText dates;
    private final H1 heading = new H1();
    private final Paragraph problem = new Paragraph();
    private final Paragraph done = new Paragraph();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final TextField email = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final ComboBox<Choice> organisation = new ComboBox<>();
    private final CheckboxGroup<Choice> localities = new CheckboxGroup<>();
    private final Section state = new Section();
    private @Nullable StaffAccount account;

    UserFormView(StaffAccounts accounts, DateText dates) {
        this.accounts = accounts;
        this.dates = dates;
        addClassName("admin-user");
        problem.setId("user-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("notice-error");
        problem.setVisible(false);
        done.setId("user-done");
        done.getElement().setAttribute("role", "status");

        username.setLabel(getTranslation("account.user.username"));
        username.setHelperText(getTranslation("account.user.usernameHelp"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("account.user.name"));
        displayName.setId("user-name");
        email.setLabel(getTranslation("account.user.email"));
        email.setId("user-email");
        email.getElement().setAttribute("autocomplete", "off");
        for (TextField field : List.of(username, displayName, email)) {
            field.setWidth("24em");
            field.setMaxWidth("100%");
        }
        roles.setLabel(getTranslation("account.user.roles"));
        roles.setId("user-roles");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("account.role." + role.name()));
        roles.addValueChangeListener(event -> scopes());
        organisation.setLabel(getTranslation("account.user.organisation"));
        organisation.setId("user-organisation");
        organisation.setWidth("24em");
        organisation.setMaxWidth("100%");
        organisation.setItemLabelGenerator(Choice::name);
        organisation.setItems(query -> accounts.organisations(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream(), query -> accounts.countOrganisations(query.getFilter().orElse("")));
        localities.setLabel(getTranslation("account.user.localities"));
        localities.setId("user-localities");
        localities.setItems(accounts.localities());
        localities.setItemLabelGenerator(Choice::name);
        Button save = new Button(getTranslation("account.user.save"), click -> save());
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new Anchor("admin/users", getTranslation("account.user.back")), heading, problem, done, username,
                displayName, email, roles, organisation, localities, save, state);
        scopes();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        account = parse(parameter).flatMap(accounts::get).orElse(null);
        if (parameter != null && account == null) {
            heading.setText(getTranslation("account.user.notFound"));
            removeAll();
            add(heading, new Anchor("admin/users", getTranslation("account.user.back")));
            return;
        }
        show();
    }

    private static Optional<UUID> parse(@Nullable String parameter) {
        try {
            return parameter == null ? Optional.empty() : Optional.of(UUID.fromString(parameter));
        } catch (IllegalArgumentException notAnId) {
            return Optional.of(new UUID(0, 0));
        }
    }

    private void show() {
        StaffAccount shown = account;
        heading.setText(shown == null ? getTranslation("account.user.addTitle")
                : getTranslation("account.user.changeTitle", shown.displayName()));
        state.removeAll();
        if (shown == null) {
            state.add(new Paragraph(getTranslation("account.user.linkExplained")));
            return;
        }
        username.setValue(shown.username());
        username.setReadOnly(true);
        displayName.setValue(shown.displayName());
        email.setValue(shown.email() == null ? "" : shown.email());
        roles.setValue(shown.roles());
        organisation.setValue(shown.organisationId() == null ? null
                : new Choice(shown.organisationId().toString(), shown.organisationName()));
        localities.setValue(accounts.localities().stream().filter(c -> shown.localityCodes().contains(c.key()))
                .collect(Collectors.toSet()));
        scopes();
        Paragraph status = new Paragraph(getTranslation(!shown.enabled() ? "account.users.disabled"
                : shown.passwordSet() ? "account.users.enabled" : "account.users.noPassword") + ". "
                + getTranslation("account.users.lastSignIn") + ": " + (shown.lastSignIn() == null
                ? getTranslation("account.users.never") : dates.dateTime(shown.lastSignIn(), getLocale())) + ".");
        status.setId("user-state");
        Button link = new Button(getTranslation("account.user.sendLink"), click -> attempt(() -> {
            accounts.sendPasswordLink(shown.id());
            return getTranslation("account.user.linkSent", shown.email());
        }));
        link.setId("user-send-link");
        link.setEnabled(shown.enabled());
        Button toggle = shown.enabled()
                ? new Button(getTranslation("account.user.disable"), click -> attempt(() -> {
                    accounts.disable(shown.id());
                    return getTranslation("account.user.disabled", shown.displayName());
                }))
                : new Button(getTranslation("account.user.enable"), click -> attempt(() -> {
                    accounts.enable(shown.id());
                    return getTranslation("account.user.enabled", shown.displayName());
                }));
        toggle.setId(shown.enabled() ? "user-disable" : "user-enable");
        if (shown.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        state.add(new H2(getTranslation("account.user.access")), status, link, toggle);
    }

    /** The organisation shows for a provider and the localities for a front-door worker: the scopes the code uses. */
    private void scopes() {
        organisation.setVisible(roles.getValue().contains(Role.PROVIDER));
        localities.setVisible(roles.getValue().contains(Role.FRONT_DOOR));
    }

    private void save() {
        Choice chosen = organisation.getValue();
        StaffDetails details = new StaffDetails(username.getValue(), displayName.getValue(), email.getValue(),
                roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                chosen == null ? null : UUID.fromString(chosen.key()),
                localities.getValue().stream().map(Choice::key).collect(Collectors.toSet()));
        StaffAccount before = account;
        attempt(() -> {
            if (before == null) {
                StaffAccount added = accounts.add(details);
                account = added;
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "admin/users/edit/" + added.id()));
                return getTranslation("account.user.added", added.displayName(), added.email());
            }
            accounts.change(before.id(), details);
            return getTranslation("account.user.changed", details.displayName().strip());
        });
    }

    /** Runs a change; on success shows the account again with the message, on refusal only the reason. */
    private void attempt(Change change) {
        problem.setVisible(false);
        done.setText("");
        try {
            String message = change.run();
            StaffAccount changed = account;
            account = changed == null ? null : accounts.get(changed.id()).orElse(null);
            show();
            done.setText(message);
        } catch (InvalidAccountException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }

    @FunctionalInterface
    private interface Change {
        String run();
    }

    @Override
    public String getPageTitle() {
        return heading.getText().isBlank() ? getTranslation("account.user.addTitle") : heading.getText();
    }
}
